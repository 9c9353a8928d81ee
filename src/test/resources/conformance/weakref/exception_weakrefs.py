# BaseException has no tp_weaklistoffset: builtin exceptions cannot be weakly referenced; a subclass gets a
# __weakref__ slot from type_new unless its __slots__ leave it out.
import weakref


class E(Exception):
    pass


class ES(Exception):
    __slots__ = ()


for x in (ValueError(1), KeyError("k"), E(), ES()):
    try:
        r = weakref.ref(x)
        print(type(x).__name__, "weakref ok", r() is x)
    except TypeError as e:
        print(e)

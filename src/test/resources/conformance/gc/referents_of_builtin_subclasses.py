# subtype_traverse visits the slots, the instance dict once an attribute made it, and the heap type, then the
# builtin base's own tp_traverse.
import gc


def show(label, x):
    print(label, [type(r).__name__ for r in gc.get_referents(x)])


class L(list):
    pass


class D(dict):
    pass


class S(str):
    pass


class I(int):
    pass


class T(tuple):
    pass


class LS(list):
    __slots__ = ("extra",)


lst = L([1, [2]])
show("L", lst)
lst.a = [3]
show("L+attr", lst)
d = D(k=[1])
show("D", d)
d.tag = 1
show("D+attr", d)
s = S("xy")
show("S", s)
s.a = 1
show("S+attr", s)
show("I", I(300))
show("T", T(([1], 2)))
ls = LS([1])
show("LS", ls)
ls.extra = []
show("LS+slot", ls)
print(len(vars(L())))

# Reference counts and sizes around a metaclass: while its __call__ and __init_subclass__ run, of the class and of
# the metaclass, sizes of a metaclass and of its classes (with and without __slots__), and what the collector sees.
import gc
import sys
import weakref


class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        return super().__new__(m, name, bases, ns)

    def __call__(cls, *a):
        print("in __call__", sys.getrefcount(cls))
        return super().__call__(*a)


print(sys.getsizeof(Meta), sys.getrefcount(Meta), len(gc.get_referents(Meta)))


class X(metaclass=Meta):
    def __init__(self):
        print("in __init__", sys.getrefcount(type(self)))

    def __init_subclass__(cls, **kw):
        print("in __init_subclass__", sys.getrefcount(cls), kw)


class Y(X, a=1):
    pass


print(sys.getsizeof(X), sys.getrefcount(X), sys.getrefcount(Meta))
x = X()
print(sys.getrefcount(X), sys.getrefcount(x))
print(sorted(type(r).__name__ for r in gc.get_referents(X.__dict__)))
print(gc.is_tracked(X), gc.is_tracked(Meta))


class WithSlots(type):
    __slots__ = ()


class Z(metaclass=WithSlots):
    pass


print(sys.getsizeof(Z), sys.getsizeof(WithSlots), len(gc.get_referents(Z)))
w = weakref.ref(X)
print(w() is X, sys.getrefcount(X))


class Hooked:
    def __init_subclass__(cls, **kw):
        print("plain __init_subclass__", sys.getrefcount(cls), sorted(kw))


class Sub(Hooked, flag=True):
    pass


class Named:
    def __set_name__(self, owner, name):
        print("in __set_name__", name, sys.getrefcount(self), sys.getrefcount(owner))


class Holder:
    first = Named()
    second = Named()

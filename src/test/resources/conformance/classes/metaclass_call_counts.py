# Reference counts while a metaclass runs: __prepare__, __new__ and __init__ from a class statement with keywords,
# from a direct metaclass call and from type(name, bases, ns); and a class called with keyword arguments, whose
# __new__ and __init__ get them through a keyword dict (_PyStack_UnpackDict holds each argument once more).
import sys
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", sys.getrefcount(mcs), sys.getrefcount(bases))
        return {}
    def __new__(m, name, bases, ns, **kw):
        print("new", sys.getrefcount(m), sys.getrefcount(bases), sys.getrefcount(ns))
        cls = super().__new__(m, name, bases, ns)
        print("new after", sys.getrefcount(cls), sys.getrefcount(ns))
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", sys.getrefcount(cls), sys.getrefcount(bases), sys.getrefcount(ns))
class B: pass
class X(B, metaclass=Meta, k=1):
    pass
print(sys.getrefcount(X), sys.getrefcount(Meta))
Y = Meta("Y", (B,), {})
print(sys.getrefcount(Y), sys.getrefcount(Meta))
Z = type("Z", (X,), {})
print(sys.getrefcount(Z), sys.getrefcount(Meta))
class Single(type):
    def __call__(cls, *a, **k):
        print("call", sys.getrefcount(cls), sys.getrefcount(a))
        return super().__call__(*a, **k)
class S(metaclass=Single):
    def __init__(self, v):
        print("sinit", sys.getrefcount(self), sys.getrefcount(v))
s = S([])
print(sys.getrefcount(s))


class C:
    def __init__(self, v, k=0):
        print("init", sys.getrefcount(self), sys.getrefcount(v))
w = []
C(w)
C(w, k=1)
class D:
    def __new__(cls, v, k=0):
        print("new", sys.getrefcount(cls), sys.getrefcount(v))
        return super().__new__(cls)
    def __init__(self, v, k=0):
        print("init", sys.getrefcount(self), sys.getrefcount(v))
D(w)
D(w, k=1)

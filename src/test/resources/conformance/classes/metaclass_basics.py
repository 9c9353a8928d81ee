# The class machinery a student meets first: a metaclass's __new__ and __init__ through super(), a class
# decorator, class keywords to the metaclass and to __init_subclass__, and __set_name__.
class Meta(type):
    def __new__(m, name, bases, ns):
        ns["tag"] = name.lower()
        cls = super().__new__(m, name, bases, ns)
        return cls
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.extra = 1
class X(metaclass=Meta):
    a = 1
print(X.tag, X.extra, type(X).__name__, X.a)
class Y(X): pass
print(Y.tag, type(Y) is Meta)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class Z: pass
print(Z.decorated)
class Reg(type):
    registry = []
    def __new__(m, name, bases, ns, **kw):
        c = type.__new__(m, name, bases, dict(ns, kw=kw))
        Reg.registry.append(name)
        return c
class A(metaclass=Reg, flag=1): pass
print(A.kw, Reg.registry)
class Auto:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.sub = kw
class B(Auto, k=2): pass
print(B.sub)
class D:
    def __set_name__(self, owner, name): self.name = name
class E:
    d = D()
print(E.d.name)

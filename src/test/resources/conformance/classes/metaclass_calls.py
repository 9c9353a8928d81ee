# How a metaclass takes part in making classes and instances: __prepare__, class keywords, a metaclass
# __call__ (a singleton), type(name, bases, ns) over a base with a metaclass, a function as metaclass, and the
# metaclass conflict error.
class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        ns = super().__prepare__(name, bases)
        ns["prepared_for"] = name
        return ns

    def __new__(mcs, name, bases, ns, **kw):
        ns["keywords"] = sorted(kw)
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.initialised = True


class P(metaclass=Ordered, colour="red", size=2):
    x = 1


print(P.prepared_for, P.keywords, P.initialised, type(P).__name__)


class Singleton(type):
    instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls.instances:
            cls.instances[cls] = super().__call__(*args, **kwargs)
        return cls.instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name):
        self.name = name


a = Config("first")
b = Config("second")
print(a is b, a.name, len(Singleton.instances))


class Tagged(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.upper()
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.made_by_init = name


class Base(metaclass=Tagged):
    pass


Dyn = type("Dyn", (Base,), {"y": 2})
print(type(Dyn).__name__, Dyn.tag, Dyn.made_by_init, Dyn.y)
print(isinstance(Dyn, Tagged), isinstance(Base(), Base))


def as_function(name, bases, ns):
    return "built " + name + " with " + ",".join(sorted(k for k in ns if not k.startswith("__")))


class Q(metaclass=as_function):
    a = 1
    b = 2


print(Q)


class M1(type):
    pass


class M2(type):
    pass


class R(metaclass=M1):
    pass


try:
    class S(R, metaclass=M2):
        pass
except TypeError as e:
    print("TypeError:", e)


class M3(M1):
    pass


class T(R, metaclass=M3):
    pass


class U(T, R):
    pass


print(type(T).__name__, type(U).__name__)
try:
    type.__new__(int)
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__(M1, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    type.__init__(R, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    class W(k=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Counting(type):
    def __repr__(cls):
        return "<counting class " + cls.__name__ + ">"

    def describe(cls):
        return cls.__name__ + " has " + str(len([k for k in cls.__dict__ if not k.startswith("__")])) + " names"


class V(metaclass=Counting):
    one = 1
    two = 2


print(repr(V), V.describe())

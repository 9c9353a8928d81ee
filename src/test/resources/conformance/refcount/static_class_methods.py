# staticmethod, classmethod and property objects live in the class namespace.
import sys


def helper(x):
    return x


class Tools:
    plain = staticmethod(helper)

    @classmethod
    def make(cls):
        return sys.getrefcount(cls)

    @property
    def me(self):
        return sys.getrefcount(self)


print("helper, wrapped by staticmethod:", sys.getrefcount(helper))
t = Tools()
print("property getter sees self:", t.me)
before = sys.getrefcount(Tools)
print("classmethod sees cls, delta:", Tools.make() - before)
bound = Tools.make
print("bound classmethod holds the class, delta:", sys.getrefcount(Tools) - before)

try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)

class Base:
    __slots__ = ("x",)

class Child(Base):
    __slots__ = ("y",)

c = Child()
c.x = 1
c.y = 2
print(c.x, c.y)
class Loose(Base):
    pass
l = Loose()
l.x = 1
l.z = 3
print(l.x, vars(l))
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, vars(w))
class Empty:
    __slots__ = ()
Empty().anything = 1

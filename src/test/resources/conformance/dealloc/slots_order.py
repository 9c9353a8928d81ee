class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Base:
    __slots__ = ("b1", "b2")

class Sub(Base):
    __slots__ = ("s1", "s2")

o = Sub()
o.b2 = D("b2")
o.s2 = D("s2")
o.b1 = D("b1")
o.s1 = D("s1")
print("drop slotted")
del o
print("after")

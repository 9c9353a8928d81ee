class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Mixed:
    __slots__ = ("s1", "s2", "__dict__")

m = Mixed()
m.d1 = D("dict-1")
m.s2 = D("slot-2")
m.d2 = D("dict-2")
m.s1 = D("slot-1")
print("drop mixed")
del m
print("end")

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class S:
    __slots__ = ("x", "y", "z")
    def __init__(self):
        self.z = D("z")
        self.x = D("x")

s = S()
print(hasattr(s, "y"))
del s.x
print("drop")
s = 1
print("after", s)

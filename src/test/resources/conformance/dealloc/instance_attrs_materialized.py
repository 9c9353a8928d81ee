class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Holder:
    pass

h = Holder()
h.b = D("b")
h.a = D("a")
print(sorted(vars(h)))
h.c = D("c")
h.__dict__["d"] = D("d")
print("drop")
del h
print("after")

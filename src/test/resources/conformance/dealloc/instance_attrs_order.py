class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Holder:
    pass

h = Holder()
h.z = D("z")
h.a = D("a")
h.m = D("m")
print("drop h")
del h
print("after")

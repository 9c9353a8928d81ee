class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

x = y = D("shared")
print("== del x")
del x
print("== del y")
del y
a, b = D("p"), D("q")
print("swap")
a, b = b, a
print("a is", a.name)
del a
print("== del b")
del b
print("end")

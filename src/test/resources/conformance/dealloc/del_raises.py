class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Bad:
    def __del__(self):
        print("Bad.__del__ starts")
        raise ValueError("boom in del")

b = Bad()
print("drop bad")
del b
print("still running")
x = D("x")
del x
print("end")

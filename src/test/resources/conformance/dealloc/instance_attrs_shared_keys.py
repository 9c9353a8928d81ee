class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Holder:
    pass

first = Holder()
first.x = D("first.x")
first.y = D("first.y")
second = Holder()
second.y = D("second.y")
second.w = D("second.w")
second.x = D("second.x")
print("drop second (class-wide key order x, y, w)")
del second
print("drop first")
del first
print("after")

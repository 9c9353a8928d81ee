class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Box:
    pass

b = Box()
b.item = D("one")
print("== overwrite")
b.item = D("two")
print("== delattr")
del b.item
b.item = D("three")
setattr(b, "item", D("four"))
print("end")

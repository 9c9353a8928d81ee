class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Parent:
    def __init__(self):
        self.children = [D("child0"), D("child1")]
    def __del__(self):
        print("Parent.__del__ sees", len(self.children), "children")

p = Parent()
print("drop parent")
p = None
print("end")

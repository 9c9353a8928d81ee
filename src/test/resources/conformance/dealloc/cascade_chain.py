class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("del", self.name, "child alive:", self.child is not None)

head = Node("A", Node("B", Node("C")))
print("drop head")
del head
print("after")

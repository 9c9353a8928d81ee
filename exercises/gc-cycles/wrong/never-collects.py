class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None


a = Node("a")
b = Node("b")
a.partner = b
b.partner = a
del a
del b
print("the cycle is gone")

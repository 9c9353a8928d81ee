import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None


a = Node("a")
b = Node("b")
a.partner = b
del a
del b
found = gc.collect()
print("unreachable objects found:", found)

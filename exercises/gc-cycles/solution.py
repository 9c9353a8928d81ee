import gc


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
found = gc.collect()
print("unreachable objects found:", found)
assert found >= 2

import gc
gc.disable()
gc.collect()
class Node:
    def __init__(self, name, data):
        self.name = name
        self.data = data
    def __del__(self):
        print("__del__", self.name, "data:", self.data, "partner:", self.partner.name)

a = Node("a", [1, 2])
b = Node("b", {"k": "v"})
a.partner = b
b.partner = a
del a, b
print("collected:", gc.collect())

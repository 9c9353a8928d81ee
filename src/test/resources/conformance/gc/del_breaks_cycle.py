import gc
gc.disable()
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, "breaking link")
        self.other = None

a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("collected:", gc.collect())
print("next:", gc.collect())

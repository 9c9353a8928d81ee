import gc
gc.disable()
gc.collect()
class Node:
    pass

a = Node()
b = Node()
a.other = b
b.other = a
print(len(a.__dict__), len(b.__dict__))
del a, b
print("collected after reading both __dict__:", gc.collect())

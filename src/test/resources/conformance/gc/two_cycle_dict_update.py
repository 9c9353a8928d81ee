import gc
gc.disable()
gc.collect()
class Node:
    pass

a = Node()
b = Node()
a.__dict__.update(other=b, tag="a")
b.other = a
print(a.tag)
del a, b
print("collected after a.__dict__.update:", gc.collect())

import gc
gc.disable()
gc.collect()
class Node:
    pass

a = Node()
b = Node()
a.__dict__ = {"other": b}
b.__dict__ = {"other": a}
print(a.other is b, b.other is a)
del a, b
print("collected after assigning new __dicts__:", gc.collect())

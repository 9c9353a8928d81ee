import gc
gc.disable()
gc.collect()
class Node:
    pass

a = Node()
b = Node()
a.o = b
b.o = a
a.cfg = {"x": 1, "y": [2]}
a.cfg["y"] = 2
print("payload dict tracked:", gc.is_tracked(a.cfg))
gc.collect()
print("after full collect:", gc.is_tracked(a.cfg))
del a, b
print("cycle with now-untracked dict payload:", gc.collect())

import gc
gc.disable()
gc.collect()
class Node:
    pass

x = Node()
x.me = x
l = []
l.append(l)
d = {}
d["d"] = d
del x, l, d
print("three independent cycles:", gc.collect())

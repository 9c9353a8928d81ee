import gc
gc.disable()
gc.collect()
class Node:
    pass

root = []
a = Node()
b = Node()
a.o = b
b.o = a
root.append(a)
del a, b
print("reachable from a live list:", gc.collect())
root.clear()
print("after clearing the root:", gc.collect())
keep = Node()
keep.me = keep
c = Node()
c.me = c
c.friend = keep
del c
print("garbage pointing at a live cycle:", gc.collect())
print("live cycle intact:", keep.me is keep)

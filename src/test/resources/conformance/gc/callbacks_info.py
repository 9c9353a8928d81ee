import gc
gc.disable()
gc.collect()
def cb(phase, info):
    print(phase, info["generation"], info["collected"], info["uncollectable"], sorted(info))

gc.callbacks.append(cb)
class Node:
    pass
a = Node()
b = Node()
a.o = b
b.o = a
del a, b
print("returned:", gc.collect())
print("returned:", gc.collect(1))
l = []
l.append(l)
del l
print("returned:", gc.collect(0))
gc.callbacks.remove(cb)
print("callbacks left:", len(gc.callbacks))
print("returned:", gc.collect())

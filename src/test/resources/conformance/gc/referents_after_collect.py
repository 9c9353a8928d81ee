import gc
gc.disable()
gc.collect()
import weakref
gc.collect()

class Node:
    pass

a = Node()
b = Node()
a.o = b
b.o = a
ra = weakref.ref(a)
rb = weakref.ref(b)
print("weakref count:", weakref.getweakrefcount(a))
del a, b
print("collected:", gc.collect())
print("refs dead:", ra() is None, rb() is None)

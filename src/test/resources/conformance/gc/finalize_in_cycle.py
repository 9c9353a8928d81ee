import gc
gc.disable()
gc.collect()
import weakref
gc.collect()

class Node:
    pass

a = Node()
b = Node()
a.other = b
b.other = a
f = weakref.finalize(a, print, "finalize callback during collection")
del a, b
print("alive:", f.alive)
print("collected:", gc.collect())
print("alive:", f.alive)

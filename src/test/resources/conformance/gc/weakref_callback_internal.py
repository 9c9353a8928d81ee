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
a.ref_to_b = weakref.ref(b, lambda r: print("internal callback (never runs)"))
del a, b
print("collected:", gc.collect())

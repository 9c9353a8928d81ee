import gc
gc.disable()
gc.collect()
import weakref
gc.collect()

class Node:
    def __init__(self, name):
        self.name = name

def cb(ref):
    print("callback; referent gone:", ref() is None)

a = Node("a")
b = Node("b")
a.other = b
b.other = a
r = weakref.ref(a, cb)
del a, b
print("alive before collect:", r() is not None)
print("collected:", gc.collect())
print("after:", r())

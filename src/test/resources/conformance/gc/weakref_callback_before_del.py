import gc
gc.disable()
gc.collect()
import weakref
gc.collect()

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

a = Node("a")
b = Node("b")
a.other = b
b.other = a
ra = weakref.ref(a, lambda r: print("callback for a"))
rb = weakref.ref(b, lambda r: print("callback for b"))
del a, b
print("collected:", gc.collect())

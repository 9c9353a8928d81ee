import gc
gc.disable()
gc.collect()
import weakref
gc.collect()

class Node:
    def __init__(self, key):
        self.key = key

cache = weakref.WeakValueDictionary()
a = Node("a")
a.self = a
cache["a"] = a
b = Node("b")
cache["b"] = b
del a
print("after del a:", sorted(cache.keys()))
gc.collect()
print("after collect:", sorted(cache.keys()))

import gc
gc.disable()
gc.collect()
import weakref
gc.collect()

class Node:
    pass

def cb(ref):
    print("callback runs; holder list length:", len(holder))

n = Node()
n.me = n
holder = [weakref.ref(n, cb)]
del n
print("collected:", gc.collect())
print("ref is dead:", holder[0]() is None)

import gc
gc.disable()
gc.collect()
class Node:
    def __del__(self):
        global survivor
        survivor = self

class NoDel:
    pass

n = Node()
print("fresh:", gc.is_finalized(n), gc.is_finalized(NoDel()), gc.is_finalized(5))
n.me = n
del n
print("collected:", gc.collect())
print("survivor finalized:", gc.is_finalized(survivor))
survivor = None
print("collected:", gc.collect())

import gc
gc.disable()
gc.collect()
class Node:
    pass

n = Node()
n.me = n
del n
print("collected:", gc.collect())

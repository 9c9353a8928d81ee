import gc
gc.disable()
gc.collect()
class Node:
    pass

a = Node()
b = Node()
a.other = b
b.other = a
print(sorted(vars(a)))
del a, b
print("collected after vars(a) only:", gc.collect())

import gc
gc.disable()
gc.collect()
class Node:
    pass

a = Node()
b = Node()
a.o = b
b.o = a
gc.freeze()
frozen = gc.get_freeze_count()
print("freeze count is positive:", frozen > 0)
del a, b
print("collect while frozen:", gc.collect())
gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
print("collect after unfreeze:", gc.collect())

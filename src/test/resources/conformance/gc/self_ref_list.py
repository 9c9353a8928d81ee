import gc
gc.disable()
gc.collect()
l = []
l.append(l)
print("len:", len(l), "contains itself:", l[0] is l)
del l
print("collected:", gc.collect())
print("again:", gc.collect())

import gc
gc.disable()
gc.collect()
x = []
y = [x]
x.append(y)
del x, y
print("two lists:", gc.collect())
l = []
t = (l,)
l.append(t)
del l, t
print("list <-> tuple:", gc.collect())
d = {}
lst = [d]
d["l"] = lst
del d, lst
print("dict <-> list:", gc.collect())

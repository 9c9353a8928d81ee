import gc
gc.disable()
gc.collect()
class Wide:
    pass

a = Wide()
for k in range(35):
    setattr(a, f"attr{k}", k)
b = Wide()
a.other = b
b.other = a
del a, b
print("collected (more than 30 attribute names):", gc.collect())

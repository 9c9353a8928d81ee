import gc
gc.disable()
gc.collect()
for g in [0, 1, 2]:
    print("collect", g, "->", gc.collect(g))
print("keyword:", gc.collect(generation=2))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.collect(-1)
except ValueError as e:
    print("ValueError:", e)
gc.collect("2")

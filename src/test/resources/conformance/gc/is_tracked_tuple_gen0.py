import gc
gc.disable()
gc.collect()
n = 3
t = (n, n * 2)
print("new runtime tuple:", gc.is_tracked(t))
gc.collect(0)
print("after collect(0):", gc.is_tracked(t))
u = tuple([n, n])
print("tuple(list):", gc.is_tracked(u))
gc.collect(1)
print("after collect(1):", gc.is_tracked(u))
print("constant tuple (after startup collect):", gc.is_tracked((1, 2, 3)))

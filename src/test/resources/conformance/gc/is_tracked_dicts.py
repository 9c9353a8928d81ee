import gc
gc.disable()
gc.collect()
d_empty = {}
d_atomic = {"a": 1, "b": "x"}
d_list = {"a": []}
d_tuple = {"t": (1, 2)}
print("empty, atomic, with list, with const tuple:", gc.is_tracked(d_empty), gc.is_tracked(d_atomic),
      gc.is_tracked(d_list), gc.is_tracked(d_tuple))
d_atomic["l"] = [1]
print("atomic dict after storing a list:", gc.is_tracked(d_atomic))
del d_atomic["l"]
print("after removing the list:", gc.is_tracked(d_atomic))
gc.collect(0)
print("after collect(0):", gc.is_tracked(d_atomic))
gc.collect(1)
print("after collect(1):", gc.is_tracked(d_atomic))
gc.collect()
print("after full collect:", gc.is_tracked(d_atomic), "dict with list:", gc.is_tracked(d_list))
k = {(1, 2): 1}
print("tuple key:", gc.is_tracked(k))

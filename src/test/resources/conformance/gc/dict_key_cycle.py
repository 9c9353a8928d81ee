import gc
gc.disable()
gc.collect()
class Key:
    pass

k = Key()
d = {k: "value"}
k.table = d
del k, d
print("instance as dict key, dict in instance:", gc.collect())
outer = {}
inner = {"back": outer}
outer["in"] = inner
del outer, inner
print("two dicts:", gc.collect())

import gc
gc.disable()
gc.collect()
d = {"name": "loop"}
d["self"] = d
print("keys:", list(d))
del d
print("collected:", gc.collect())

import gc
gc.disable()
gc.collect()
gc.freeze()
before = gc.get_freeze_count()
x = []
x.append(x)
del x
print("new cycle is not frozen:", gc.collect())
gc.freeze()
print("freeze grew:", gc.get_freeze_count() > before)
gc.unfreeze()
print("unfrozen count:", gc.get_freeze_count())

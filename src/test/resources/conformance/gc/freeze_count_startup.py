import gc
gc.disable()
gc.collect()
print("freeze count at start:", gc.get_freeze_count())
gc.freeze()
gc.unfreeze()
print("after freeze/unfreeze:", gc.get_freeze_count())
gc.collect()
print("after a collect:", gc.get_freeze_count())

import gc
gc.collect(

# Lesson cell: the cyclic garbage collector's settings.
import gc

print("gc enabled:", gc.isenabled())
print("thresholds:", gc.get_threshold())
print("collected at start:", gc.collect())
gc.disable()
print("after disable:", gc.isenabled())
gc.enable()
print("after enable:", gc.isenabled())

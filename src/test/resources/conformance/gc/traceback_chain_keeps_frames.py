# Traceback and frame objects: what a kept exception keeps alive and what the collector counts.
import gc, sys
gc.disable()
gc.collect()
def inner(x):
    local = [x]
    raise ValueError(x)
def outer():
    data = {"k": "v"}
    inner(1)
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame is not None, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    kept = e
print("e deleted after except:", "e" in dir())
print("locals kept alive:", sys.getrefcount(kept) > 1)
del kept
print("traceback chain collected:", gc.collect())

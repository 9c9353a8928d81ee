import gc
gc.disable()
gc.collect()
class Holder:
    pass

def fail():
    raise ValueError("kept")

h = Holder()
try:
    fail()
except ValueError as e:
    h.err = e
    e.holder = h
print("holder keeps:", h.err)
del h
print("instance <-> exception with traceback:", gc.collect())

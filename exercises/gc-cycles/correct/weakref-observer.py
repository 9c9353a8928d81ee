import gc
import weakref

gc.collect()  # start from a clean heap: only the cycle below is garbage next time


class Resource:
    pass


r = Resource()
r.self_ref = r
probe = weakref.ref(r)
del r
print("alive before collect:", probe() is not None)
n = gc.collect()
print("alive after collect:", probe() is not None, "- collected:", n)

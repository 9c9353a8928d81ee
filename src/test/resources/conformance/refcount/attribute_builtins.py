# getattr, setattr, delattr and vars.
import sys


class Bag:
    pass


payload = [1]
b = Bag()
setattr(b, "thing", payload)
print("setattr:", sys.getrefcount(payload))
got = getattr(b, "thing")
print("getattr bound:", sys.getrefcount(payload))
print("hasattr:", hasattr(b, "thing"), sys.getrefcount(payload))
ns = vars(b)
print("vars() is the same dict:", ns is b.__dict__, sys.getrefcount(payload))
delattr(b, "thing")
print("delattr:", sys.getrefcount(payload))

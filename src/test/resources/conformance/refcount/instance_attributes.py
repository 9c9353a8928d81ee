# Instance attributes hold references.
import sys


class Holder:
    pass


payload = [1, 2, 3]
h = Holder()
h.a = payload
print("one attribute:", sys.getrefcount(payload))
h.b = payload
print("two attributes:", sys.getrefcount(payload))
print("reading h.__dict__ does not add:", len(h.__dict__), sys.getrefcount(payload))
del h.a
print("del h.a:", sys.getrefcount(payload))
h.b = None
print("h.b rebound:", sys.getrefcount(payload))

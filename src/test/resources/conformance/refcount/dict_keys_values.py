# Dict keys and values each hold a reference.
import sys


class Key:
    pass


k = Key()
v = [0]
d = {k: v}
print("key:", sys.getrefcount(k), "value:", sys.getrefcount(v))
d[k] = v
print("same entry again:", sys.getrefcount(k), sys.getrefcount(v))
e = {1001: v, 1002: v}
print("value in two more slots:", sys.getrefcount(v))
del d[k]
print("entry deleted:", sys.getrefcount(k), sys.getrefcount(v))
e.clear()
print("cleared:", sys.getrefcount(v))

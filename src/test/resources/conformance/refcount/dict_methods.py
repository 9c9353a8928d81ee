# dict.setdefault, update, get and popitem.
import sys


class V:
    pass


v = V()
d = {}
d.setdefault(1, v)
print("setdefault:", sys.getrefcount(v))
d.setdefault(1, v)
print("setdefault on an existing key:", sys.getrefcount(v))
d.update({2: v, 3: v})
print("update with two more:", sys.getrefcount(v))
got = d.get(2)
print("get bound to a name:", sys.getrefcount(v))
key, value = d.popitem()
print("popitem unpacked:", key, sys.getrefcount(v))
d2 = dict(d)
print("dict(d) copies references:", sys.getrefcount(v))

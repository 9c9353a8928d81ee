# Looping over dict views: keys(), values(), items().
import sys


class K:
    pass


k1, k2 = K(), K()
v1, v2 = [1], [2]
d = {k1: v1, k2: v2}
for k in d:
    print("key loop:", sys.getrefcount(k))
for v in d.values():
    print("value loop:", sys.getrefcount(v))
for k, v in d.items():
    print("items loop:", sys.getrefcount(k), sys.getrefcount(v))
print("dict:", sys.getrefcount(d))

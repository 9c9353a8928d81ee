# A dict with str keys grows its table when the usable slots run out (unicode entries are 16 bytes).
import sys

d = {}
print("empty:", sys.getsizeof(d))
last = sys.getsizeof(d)
for i in range(100):
    d["key%d" % i] = i
    size = sys.getsizeof(d)
    if size != last:
        print("len", len(d), "size", size)
        last = size
print("final", len(d), sys.getsizeof(d))

# A dict with non-str keys uses 24-byte entries.
import sys

d = {}
last = sys.getsizeof(d)
print("empty:", last)
for i in range(100):
    d[i] = None
    size = sys.getsizeof(d)
    if size != last:
        print("len", len(d), "size", size)
        last = size
t = {}
for i in range(6):
    t[(i, i)] = i
    print("tuple keys", len(t), sys.getsizeof(t))

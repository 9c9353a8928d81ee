# clear() returns to the empty size; copy() clones compact tables or rebuilds sparse ones.
import sys

d = {}
for i in range(30):
    d[i] = i
print("30 keys:", sys.getsizeof(d))
print("copy:", sys.getsizeof(d.copy()))
for i in range(20):
    del d[i]
print("after 20 deletes:", len(d), sys.getsizeof(d))
print("copy of the sparse dict:", sys.getsizeof(d.copy()))
print("dict(d):", sys.getsizeof(dict(d)))
print("{**d}:", sys.getsizeof({**d}))
d.clear()
print("cleared:", sys.getsizeof(d))
d["a"] = 1
print("insert after clear:", sys.getsizeof(d))

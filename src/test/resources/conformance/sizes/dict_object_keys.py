# Keys that are not str (instances, tuples, floats) use general 24-byte entries.
import sys


class K:
    pass


d = {}
for i in range(6):
    d[K()] = i
    print("instance keys:", len(d), sys.getsizeof(d))
t = {(1, 2): "a", (3, 4): "b"}
print("tuple keys:", sys.getsizeof(t))
f = {0.5: 1, 1.5: 2, 2.5: 3}
print("float keys:", sys.getsizeof(f))
b = {b"x": 1}
print("bytes key:", sys.getsizeof(b))

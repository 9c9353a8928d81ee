# update() and merging into existing dicts.
import sys

small = {"a": 1, "b": 2, "c": 3}
big = {"k%d" % i: i for i in range(10)}
small.update(big)
print("3 keys updated with 10:", len(small), sys.getsizeof(small))
e = {}
e.update(big)
print("empty updated with 10:", sys.getsizeof(e))
m = big | {"z": 0}
print("big | one more:", len(m), sys.getsizeof(m))
big |= {"y": 1, "x": 2}
print("big |= two more:", len(big), sys.getsizeof(big))

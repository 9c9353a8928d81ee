# pop and popitem never shrink a dict.
import sys

d = dict.fromkeys(range(20))
print("20 keys:", sys.getsizeof(d))
while len(d) > 1:
    d.popitem()
print("popitem down to 1:", sys.getsizeof(d))
d.pop(0)
print("pop the last:", len(d), sys.getsizeof(d))
d[5] = 5
print("insert into the emptied dict:", sys.getsizeof(d))

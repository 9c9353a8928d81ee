# A set of ints grows its hash table as elements are added one at a time.
import sys

s = set()
print("empty:", sys.getsizeof(s))
last = sys.getsizeof(s)
for i in range(200):
    s.add(i)
    size = sys.getsizeof(s)
    if size != last:
        print("len", len(s), "size", size)
        last = size
print("final", len(s), sys.getsizeof(s))

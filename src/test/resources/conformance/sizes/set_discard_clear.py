# discard leaves dummy slots (no shrinking); clear() returns to the small table.
import sys

s = set(range(40))
print("40 ints:", sys.getsizeof(s))
for i in range(35):
    s.discard(i)
print("35 discarded:", len(s), sys.getsizeof(s))
s.pop()
print("pop:", len(s), sys.getsizeof(s))
s.clear()
print("clear:", len(s), sys.getsizeof(s))
s.add(1)
print("add after clear:", len(s), sys.getsizeof(s))

# frozenset sizes follow the same table rules as set.
import sys

print("frozenset():", sys.getsizeof(frozenset()))
for n in (1, 4, 5, 8, 16, 20, 50):
    print("n =", n, " frozenset(range):", sys.getsizeof(frozenset(range(n))),
          " frozenset(set):", sys.getsizeof(frozenset(set(range(n)))))
fs = frozenset(range(10))
print("frozenset(fs) is fs:", frozenset(fs) is fs)

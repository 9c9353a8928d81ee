# Sets of floats and int tuples grow exactly like sets of ints (no deletions involved).
import sys

floats = set()
tuples = set()
for i in range(20):
    floats.add(i + 0.5)
    tuples.add((i, i * 2))
    if i in (0, 3, 4, 7, 17, 18, 19):
        print(i + 1, "elements:", sys.getsizeof(floats), sys.getsizeof(tuples))
print("frozenset of 5 tuples:", sys.getsizeof(frozenset((i, i) for i in range(5))))

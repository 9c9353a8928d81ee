# A range object has a fixed size, whatever it covers.
import sys

for r in (range(0), range(10), range(10 ** 6), range(-5, 5, 2), range(10 ** 30)):
    print(r, sys.getsizeof(r))
print("list(range(10)):", sys.getsizeof(list(range(10))))
print("iter(range(10)):", sys.getsizeof(iter(range(10))))

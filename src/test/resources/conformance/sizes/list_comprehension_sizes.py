# Comprehensions append one item at a time.
import sys

for n in (0, 1, 4, 5, 8, 9, 16, 17, 100, 1000):
    print("n =", n, ":", sys.getsizeof([i for i in range(n)]))
print("filtered to 3:", sys.getsizeof([i for i in range(10) if i < 3]))
print("nested outer:", sys.getsizeof([[j for j in range(i)] for i in range(3)]))

# int size grows by 4 bytes per 30-bit digit.
import sys

print("0:", sys.getsizeof(0))
print("1:", sys.getsizeof(1))
for bits in (29, 30, 31, 59, 60, 61, 89, 90, 120):
    n = 2 ** bits
    print("2**%d:" % bits, sys.getsizeof(n), " 2**%d - 1:" % bits, sys.getsizeof(n - 1))
print("10**9:", sys.getsizeof(10 ** 9))
print("10**10:", sys.getsizeof(10 ** 10))
print("10**100:", sys.getsizeof(10 ** 100))
print("10**1000:", sys.getsizeof(10 ** 1000))

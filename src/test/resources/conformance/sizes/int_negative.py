# Negative ints size like their absolute value.
import sys

for n in (-1, -5, -6, -257, -(2 ** 30) + 1, -(2 ** 30), -(2 ** 60), -(10 ** 50)):
    print(n, sys.getsizeof(n), sys.getsizeof(-n))
x = 12345
y = -x
print("x and -x:", sys.getsizeof(x), sys.getsizeof(y))
print("x - x:", sys.getsizeof(x - x))

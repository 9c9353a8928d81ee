# Results of arithmetic are sized by their own digit count.
import sys

a = 2 ** 30 - 1
print("a:", sys.getsizeof(a))
print("a + 1:", sys.getsizeof(a + 1))
print("a * a:", sys.getsizeof(a * a))
print("(a * a) // a:", sys.getsizeof((a * a) // a))
print("a << 31:", sys.getsizeof(a << 31))
print("(a << 31) >> 31:", sys.getsizeof((a << 31) >> 31))
print("a % 7:", sys.getsizeof(a % 7))
print("a ** 5:", sys.getsizeof(a ** 5))
print("int('9' * 40):", sys.getsizeof(int("9" * 40)))

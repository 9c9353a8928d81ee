# Results of set algebra on int sets.
import sys

a = set(range(10))
b = set(range(5, 15))
print("a | b:", len(a | b), sys.getsizeof(a | b))
print("a & b:", len(a & b), sys.getsizeof(a & b))
print("a - b:", len(a - b), sys.getsizeof(a - b))
print("a ^ b:", len(a ^ b), sys.getsizeof(a ^ b))
a |= b
print("a |= b:", len(a), sys.getsizeof(a))
print("set():", sys.getsizeof(set()))

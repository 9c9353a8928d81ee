# List displays: constants are loaded via an extend (even-rounded), other items are stored exactly.
import sys

a, b, c, d, e = 1.5, 2.5, 3.5, 4.5, 5.5
print("[]:", sys.getsizeof([]))
print("[1]:", sys.getsizeof([1]))
print("[1, 2]:", sys.getsizeof([1, 2]))
print("[1, 2, 3]:", sys.getsizeof([1, 2, 3]))
print("[1, 2, 3, 4]:", sys.getsizeof([1, 2, 3, 4]))
print("[1, 2, 3, 4, 5]:", sys.getsizeof([1, 2, 3, 4, 5]))
print("[a]:", sys.getsizeof([a]))
print("[a, b, c]:", sys.getsizeof([a, b, c]))
print("[a, b, c, d, e]:", sys.getsizeof([a, b, c, d, e]))
print("['x', 'y', 'z']:", sys.getsizeof(["x", "y", "z"]))
print("[1, a, 2]:", sys.getsizeof([1, a, 2]))
print("[*range(3)]:", sys.getsizeof([*range(3)]))
print("[*range(5), 9]:", sys.getsizeof([*range(5), 9]))

# l * k is exact; l *= k resizes.
import sys

one = [0]
for k in (0, 1, 2, 3, 5, 10):
    print("[0] *", k, ":", sys.getsizeof(one * k))
pair = [1, 2]
print("[1, 2] * 3:", sys.getsizeof(pair * 3))
grow = list(range(50))
print("before *= 2:", len(grow), sys.getsizeof(grow))
grow *= 2
print("after *= 2:", len(grow), sys.getsizeof(grow))
grow *= 0
print("after *= 0:", len(grow), sys.getsizeof(grow))
grow.append(1)
print("append after *= 0:", len(grow), sys.getsizeof(grow))

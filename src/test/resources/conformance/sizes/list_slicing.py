# Slices are exact-size copies; slice assignment resizes.
import sys

base = list(range(20))
print("base:", len(base), sys.getsizeof(base))
print("base[:5]:", sys.getsizeof(base[:5]))
print("base[::2]:", sys.getsizeof(base[::2]))
print("base[:]:", sys.getsizeof(base[:]))
print("base[5:5]:", sys.getsizeof(base[5:5]))
work = list(range(10))
work[2:4] = [0] * 10
print("slice assignment grows:", len(work), sys.getsizeof(work))
work[0:15] = []
print("slice assignment shrinks:", len(work), sys.getsizeof(work))
work[:] = []
print("assigned empty:", len(work), sys.getsizeof(work))
work[:] = [1, 2, 3]
print("refilled:", len(work), sys.getsizeof(work))

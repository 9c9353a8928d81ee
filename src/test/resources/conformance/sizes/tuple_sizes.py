# tuple: a GC header plus 8 bytes per item; the empty tuple is a singleton.
import sys

print("():", sys.getsizeof(()))
print("tuple():", sys.getsizeof(tuple()))
for n in (1, 2, 3, 10, 100):
    print("tuple len", n, ":", sys.getsizeof(tuple(range(n))))
print("(1, 'a', None):", sys.getsizeof((1, "a", None)))
t = (1, 2) + (3,)
print("concatenated:", sys.getsizeof(t))
print("t * 4:", sys.getsizeof(t * 4))
print("nested items do not count:", sys.getsizeof(([0] * 100, [1] * 100)))

# Nested containers: only the direct container adds a reference.
import sys

inner = [1, 2]
middle = [inner]
outer = {"m": middle, "i": inner}
print("inner:", sys.getrefcount(inner))
print("middle:", sys.getrefcount(middle))
print("outer:", sys.getrefcount(outer))
del middle
print("inner after del middle (outer still holds middle):", sys.getrefcount(inner))
outer.clear()
print("inner after outer.clear():", sys.getrefcount(inner))

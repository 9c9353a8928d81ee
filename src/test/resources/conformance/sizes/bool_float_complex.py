# Fixed-size scalars.
import sys

print("True:", sys.getsizeof(True))
print("False:", sys.getsizeof(False))
print("0.0:", sys.getsizeof(0.0))
print("1e300:", sys.getsizeof(1e300))
print("float('inf'):", sys.getsizeof(float("inf")))
print("1j:", sys.getsizeof(1j))
print("complex(1, 2):", sys.getsizeof(complex(1, 2)))
print("None:", sys.getsizeof(None))
print("Ellipsis:", sys.getsizeof(...))
print("NotImplemented:", sys.getsizeof(NotImplemented))
print("object():", sys.getsizeof(object()))

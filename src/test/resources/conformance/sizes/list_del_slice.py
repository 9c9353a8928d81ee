# Slice deletion resizes to the new length.
import sys

a = list(range(50))
a.append(50)
print("start", len(a), sys.getsizeof(a))
del a[10:]
print("del a[10:]", len(a), sys.getsizeof(a))
b = list(range(50))
del b[25:]
print("del b[25:]", len(b), sys.getsizeof(b))
del b[::2]
print("del b[::2]", len(b), sys.getsizeof(b))
del b[:]
print("del b[:]", len(b), sys.getsizeof(b))
b.append(1)
print("append after emptying", len(b), sys.getsizeof(b))

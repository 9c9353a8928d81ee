# a + b, copy() and slicing allocate exactly len items.
import sys

a = [1, 2, 3]
b = [4, 5, 6, 7]
print("a + b:", sys.getsizeof(a + b))
print("a.copy():", sys.getsizeof(a.copy()))
c = []
for i in range(9):
    c.append(i)
print("grown list:", sys.getsizeof(c))
print("its copy:", sys.getsizeof(c.copy()))
print("its slice copy:", sys.getsizeof(c[:]))
print("list(c):", sys.getsizeof(list(c)))
print("a + []:", sys.getsizeof(a + []))
print("[] + []:", sys.getsizeof([] + []))

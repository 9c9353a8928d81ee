# extend: exact size into an empty list, list_resize into a non-empty one.
import sys

a = []
a.extend([1, 2, 3])
print("[] extend 3:", len(a), sys.getsizeof(a))
a.extend([4])
print("extend 1 more:", len(a), sys.getsizeof(a))
a.extend(range(7))
print("extend range(7):", len(a), sys.getsizeof(a))
b = [0, 1, 2, 3]
b.extend([0] * 7)
print("[0,1,2,3] extend 7:", len(b), sys.getsizeof(b))
c = []
c.extend(x for x in range(5))
print("[] extend genexpr of 5:", len(c), sys.getsizeof(c))
d = []
d.extend((1, 2, 3, 4, 5))
print("[] extend tuple of 5:", len(d), sys.getsizeof(d))
d.extend(d)
print("extend with itself:", len(d), sys.getsizeof(d))

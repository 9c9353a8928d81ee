# Iterator objects returned by builtins hold the iterable.
import sys

data = [[1], [2], [3]]
print("start:", sys.getrefcount(data))
r = reversed(data)
print("reversed():", sys.getrefcount(data))
m = map(len, data)
print("plus map():", sys.getrefcount(data))
f = filter(None, data)
print("plus filter():", sys.getrefcount(data))
e = enumerate(data)
print("plus enumerate():", sys.getrefcount(data))
s = sorted(data)
print("sorted() makes a new list:", sys.getrefcount(data), sys.getrefcount(data[0]))
del r, m, f, e
print("iterators dropped:", sys.getrefcount(data))

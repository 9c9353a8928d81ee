# Assignment expressions bind a name; conditional expressions do not.
import sys

data = [5, 6]
if (n := data) is not None:
    print("walrus name:", sys.getrefcount(data))
x = data if len(data) > 1 else None
print("conditional expression result bound:", sys.getrefcount(data))
values = [y for y in [data] if (last := y)]
print("walrus inside a comprehension:", sys.getrefcount(data))
del n, x, values, last
print("names dropped:", sys.getrefcount(data))

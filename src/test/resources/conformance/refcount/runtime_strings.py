# Strings built at runtime are ordinary objects.
import sys

parts = []
for i in range(3):
    parts.append("item-" + str(i * 1001))
print(parts)
print("element refcount:", sys.getrefcount(parts[0]))
s = parts[1]
print("plus a name:", sys.getrefcount(parts[1]))
joined = ",".join(parts)
print(joined, sys.getrefcount(joined))
sliced = joined[2:9]
print(repr(sliced), sys.getrefcount(sliced))
formatted = f"{joined}!"
print(sys.getrefcount(formatted))

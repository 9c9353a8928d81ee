# Inside a comprehension (inlined since 3.12, a hidden function before).
import sys


class Item:
    pass


it = Item()
src = [it]
print("item seen inside a list comprehension:", [sys.getrefcount(x) for x in src])
print("source list seen inside:", [sys.getrefcount(src) for x in src])
print("dict comprehension:", {0: sys.getrefcount(x) for x in src})
print("generator expression:", list(sys.getrefcount(x) for x in src))
print("after:", sys.getrefcount(it), sys.getrefcount(src))

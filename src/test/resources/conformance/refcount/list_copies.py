# Shallow copies share the items.
import sys


class Item:
    pass


it = Item()
base = [it, it]
print("base:", sys.getrefcount(it))
a = base[:]
print("slice copy:", sys.getrefcount(it))
b = base.copy()
print("copy():", sys.getrefcount(it))
c = list(base)
print("list():", sys.getrefcount(it))
d = base + [it]
print("concatenation:", sys.getrefcount(it))
nested = [base, base]
print("nesting does not touch items:", sys.getrefcount(it), sys.getrefcount(base))

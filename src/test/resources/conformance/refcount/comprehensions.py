# Comprehensions build new containers that hold the items.
import sys


class Item:
    pass


a = Item()
src = [a, a]
print("before:", sys.getrefcount(a))
copy = [x for x in src]
print("list comprehension:", sys.getrefcount(a))
pairs = {i: x for i, x in enumerate(src)}
print("dict comprehension:", sys.getrefcount(a))
gen = (x for x in src)
print("genexpr holds the list:", sys.getrefcount(src))
first = next(gen)
print("after next:", sys.getrefcount(a))
del copy, pairs, gen, first
print("all dropped:", sys.getrefcount(a))

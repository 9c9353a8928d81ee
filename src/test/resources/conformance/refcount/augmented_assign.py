# Augmented assignment on a list mutates it in place; on a tuple it builds a new one.
import sys


class Item:
    pass


it = Item()
lst = [it]
same = lst
lst += [it]
print("list += : same object", lst is same, sys.getrefcount(it))
tup = (it,)
old = tup
tup += (it,)
print("tuple += : same object", tup is old, sys.getrefcount(it))
del old
print("old tuple dropped:", sys.getrefcount(it))

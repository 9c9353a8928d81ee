# A list holds one reference per slot.
import sys


class Item:
    pass


it = Item()
print("alone:", sys.getrefcount(it))
lst = [it]
print("in one list:", sys.getrefcount(it))
lst.append(it)
print("twice in the list:", sys.getrefcount(it))
other = [it, it, it]
print("plus three in another:", sys.getrefcount(it))
lst[0] = None
print("slot replaced:", sys.getrefcount(it))
del other
print("other list gone:", sys.getrefcount(it))

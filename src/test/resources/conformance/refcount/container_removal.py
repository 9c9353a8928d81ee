# Removing an object from containers: remove, pop, clear.
import sys


class Item:
    pass


x = Item()
lst = [x, x, x, x]
print("four slots:", sys.getrefcount(x))
lst.remove(x)
print("remove:", sys.getrefcount(x))
popped = lst.pop()
print("pop kept in a name:", sys.getrefcount(x))
del popped
print("popped dropped:", sys.getrefcount(x))
lst.clear()
print("clear:", sys.getrefcount(x))
d = {"k": x}
d.pop("k")
print("dict pop discarded:", sys.getrefcount(x))

# Tuples hold their items like lists.
import sys


class Item:
    pass


a = Item()
t = (a, a)
print("(a, a):", sys.getrefcount(a))
u = (t, a)
print("nested tuple:", sys.getrefcount(a), sys.getrefcount(t))
del t
print("outer tuple still holds t:", sys.getrefcount(u[0]))
del u
print("all tuples gone:", sys.getrefcount(a))

# Closing or dropping a generator releases what its frame held.
import sys


def hold(obj):
    kept = obj
    yield 1
    yield 2


o = [0]
g = hold(o)
next(g)
print("suspended, holding obj twice:", sys.getrefcount(o))
g.close()
print("after close:", sys.getrefcount(o))
g2 = hold(o)
next(g2)
print("second generator:", sys.getrefcount(o))
del g2
print("dropped:", sys.getrefcount(o))

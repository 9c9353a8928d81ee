# Set and frozenset members hold one reference each (the set is never printed: its order is hash-based).
import sys


class Member:
    pass


m = Member()
s = {m}
print("in a set:", sys.getrefcount(m))
s.add(m)
print("added again (no duplicate):", sys.getrefcount(m))
f = frozenset([m])
print("plus a frozenset:", sys.getrefcount(m))
s.discard(m)
print("discarded:", sys.getrefcount(m))
del f
print("frozenset gone:", sys.getrefcount(m))

# Items seen by a sort key function.
import sys


class Rec:
    def __init__(self, n):
        self.n = n


recs = [Rec(3), Rec(1), Rec(2)]
seen = []


def key(r):
    seen.append(sys.getrefcount(r))
    return r.n


recs.sort(key=key)
print("refcounts seen by the key function:", seen)
print("after sorting:", [sys.getrefcount(r) for r in recs])
print("order:", [r.n for r in recs])

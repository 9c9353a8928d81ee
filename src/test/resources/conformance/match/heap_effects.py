import gc
import sys


class Node:
    __match_args__ = ("peer",)

    def __init__(self):
        self.peer = None

    def __del__(self):
        print("collected a Node")


a, b = Node(), Node()
a.peer, b.peer = b, a
match a:
    case Node(Node(p)):
        print("cycle captured", p is a, sys.getrefcount(a))
del a, b
print("collected", gc.collect() > 0)
print("p keeps the cycle alive:", type(p).__name__)
del p
print("now collectable", gc.collect() > 0)

for n in [1, 3, 6, 9]:
    d = {i: i for i in range(n)}
    match d:
        case {0: _, **rest}:
            print(n, "rest", len(rest), sys.getsizeof(rest), sys.getsizeof(d))

big = {str(i): i for i in range(20)}
for key in list(big)[:15]:
    del big[key]
match big:
    case {"19": v, **rest}:
        print("rest of a dict with deleted keys", len(rest), sys.getsizeof(rest))

t = (1, 2, 3)
match t:
    case (x, *ys):
        print("star list", ys, sys.getsizeof(ys))
match list(range(10)):
    case [*zs, 9]:
        print("star list from list", len(zs), sys.getsizeof(zs))

# Each active recursive frame holds its argument.
import sys


def depth(obj, n):
    if n == 0:
        return sys.getrefcount(obj)
    return depth(obj, n - 1)


o = [0]
for n in range(4):
    print("depth", n, ":", depth(o, n))
print("after:", sys.getrefcount(o))

# Positional arguments: since 3.11 the call moves the caller's stack reference into the callee.
import sys


class Box:
    pass


x = Box()


def one(a):
    return sys.getrefcount(a)


def two(a, b):
    return sys.getrefcount(a), sys.getrefcount(b)


print("global only:", sys.getrefcount(x))
print("one(x):", one(x))
print("two(x, x):", two(x, x))
print("one(Box()):", one(Box()))
print("after calls:", sys.getrefcount(x))

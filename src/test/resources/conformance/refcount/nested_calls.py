# Passing an object down a chain of calls: each frame's local adds one.
import sys


class Box:
    pass


def inner(c):
    return sys.getrefcount(c)


def middle(b):
    return inner(b)


def outer(a):
    print("in outer:", sys.getrefcount(a))
    return middle(a)


o = Box()
print("global:", sys.getrefcount(o))
print("in inner via outer:", outer(o))
print("direct inner:", inner(o))
print("inner(Box()):", inner(Box()))

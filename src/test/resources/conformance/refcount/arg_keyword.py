# Keyword arguments count like positional ones.
import sys


class Box:
    pass


x = Box()


def f(a, b=None):
    return sys.getrefcount(a)


def g(*, key):
    return sys.getrefcount(key)


print("f(a=x):", f(a=x))
print("f(x, b=x):", f(x, b=x))
print("g(key=x):", g(key=x))
print("after:", sys.getrefcount(x))

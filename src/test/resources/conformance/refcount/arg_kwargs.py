# **kwargs: a fresh dict holds each value once.
import sys


class Box:
    pass


x = Box()


def f(**kwargs):
    return sys.getrefcount(kwargs["a"])


def g(**kwargs):
    return sys.getrefcount(kwargs)


print("f(a=x):", f(a=x))
print("f(a=x, b=x):", f(a=x, b=x))
print("g(a=x):", g(a=x))
print("after:", sys.getrefcount(x))

# Default values are held by the function's __defaults__ tuple.
import sys

shared = []
print("before def:", sys.getrefcount(shared))


def f(x=shared):
    return sys.getrefcount(x)


print("after def:", sys.getrefcount(shared))
print("f() uses the default:", f())


def g(a=shared, b=shared):
    return len(a) + len(b)


print("after a second def with two defaults:", sys.getrefcount(shared))
del g
print("g deleted:", sys.getrefcount(shared))

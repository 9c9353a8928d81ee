# A constant inside a function is held by the code object.
import sys


def f():
    big = 123456
    return sys.getrefcount(big)


def g():
    big = 123456.5
    other = big
    return sys.getrefcount(big)


def h():
    return int("123456")


print("int constant in a function:", f())
print("float constant, two locals:", g())
r = h()
print("runtime int returned:", sys.getrefcount(r))

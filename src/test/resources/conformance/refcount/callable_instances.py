# References seen inside __call__ and __init__ of user classes.
import sys


class Box:
    pass


class Recorder:
    def __init__(self, v):
        print("__init__ argument:", sys.getrefcount(v))

    def __call__(self, v):
        return sys.getrefcount(v)


x = Box()
print("baseline:", sys.getrefcount(x))
r = Recorder(x)
print("r(x):", r(x))
print("map(r, [x]):", list(map(r, [x])))
print("after:", sys.getrefcount(x))

# A bound method stored in a variable keeps its instance alive.
import sys


class Greeter:
    def hello(self):
        return "hi"


g = Greeter()
print("instance:", sys.getrefcount(g))
m = g.hello
print("bound method stored:", sys.getrefcount(g))
m2 = g.hello
print("second bound method:", sys.getrefcount(g))
print("method refcount:", sys.getrefcount(m))
print("same object?", m is m2)
del m
print("first method deleted:", sys.getrefcount(g))
del m2
print("both deleted:", sys.getrefcount(g))

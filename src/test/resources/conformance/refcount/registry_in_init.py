# An instance that registers itself in a global list.
import sys

registry = []


class Tracked:
    def __init__(self):
        registry.append(self)
        print("in __init__ after registering:", sys.getrefcount(self))


t = Tracked()
print("after construction:", sys.getrefcount(t))
Tracked()
print("anonymous one, kept by the registry:", sys.getrefcount(registry[1]))
registry.clear()
print("registry cleared:", sys.getrefcount(t))

# Class attributes are held by the class's namespace.
import sys

shared = [0]


class Config:
    value = shared


print("class attribute:", sys.getrefcount(shared))
c1 = Config()
c2 = Config()
print("instances read it, no new refs:", c1.value is shared, sys.getrefcount(shared))
Config.other = shared
print("set later on the class:", sys.getrefcount(shared))
c1.value = shared
print("shadowed on an instance:", sys.getrefcount(shared))
del Config.value
print("removed from the class:", sys.getrefcount(shared))

# A class object is referenced by its instances (through their type) and by internal structures.
import sys


class Plain:
    pass


before = sys.getrefcount(Plain)
print("instances add one each:")
a = Plain()
print(sys.getrefcount(Plain) - before)
b = Plain()
print(sys.getrefcount(Plain) - before)
del a
print(sys.getrefcount(Plain) - before)
alias = Plain
print("alias:", sys.getrefcount(Plain) - before)


class Child(Plain):
    pass


print("subclass:", sys.getrefcount(Plain) - before)

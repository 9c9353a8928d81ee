# The absolute refcount of a fresh class object (the class holds references to itself internally).
import sys


class Empty:
    pass


class WithMethod:
    def m(self):
        return 1


class Slotted:
    __slots__ = ('a',)


print("Empty:", sys.getrefcount(Empty))
print("WithMethod:", sys.getrefcount(WithMethod))
print("Slotted:", sys.getrefcount(Slotted))
e = Empty()
print("Empty with an instance:", sys.getrefcount(Empty))

# A user-defined __sizeof__: getsizeof adds the GC (and managed dict) header for the type.
import sys


class Plain:
    def __sizeof__(self):
        return 10


class Slotted:
    __slots__ = ()

    def __sizeof__(self):
        return 10


class Zero:
    def __sizeof__(self):
        return 0


class Big:
    def __sizeof__(self):
        return 10 ** 6


class FromSuper(list):
    def __sizeof__(self):
        return super().__sizeof__() + 1000


print("Plain:", sys.getsizeof(Plain()))
print("Slotted:", sys.getsizeof(Slotted()))
print("Zero:", sys.getsizeof(Zero()))
print("Big:", sys.getsizeof(Big()))
print("FromSuper([1, 2, 3]):", sys.getsizeof(FromSuper([1, 2, 3])))
print("Plain().__sizeof__():", Plain().__sizeof__())
print("[].__sizeof__():", [].__sizeof__())
print("(1, 2).__sizeof__():", (1, 2).__sizeof__())

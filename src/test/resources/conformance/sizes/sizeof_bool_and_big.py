# __sizeof__ returning a bool or an int subclass counts as an int; a huge one overflows.
import sys


class TrueSize:
    def __sizeof__(self):
        return True


class Huge:
    __slots__ = ()

    def __sizeof__(self):
        return 2 ** 70


print("True:", sys.getsizeof(TrueSize()))
try:
    sys.getsizeof(Huge())
except OverflowError as e:
    print("OverflowError:", e)

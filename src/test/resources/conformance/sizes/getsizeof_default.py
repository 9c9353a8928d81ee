# getsizeof(obj, default) returns the default only when __sizeof__ cannot be called.
import sys


class NoSize:
    def __sizeof__(self):
        return "not a number"


class Fine:
    pass


print("ordinary object, default ignored:", sys.getsizeof([1, 2], -1))
print("int with a default:", sys.getsizeof(10 ** 20, 0))
print("bad __sizeof__ with default:", sys.getsizeof(NoSize(), 12345))
print("bad __sizeof__ with default None:", sys.getsizeof(NoSize(), None))
print("instance with default:", sys.getsizeof(Fine(), 7) > 7)
try:
    sys.getsizeof(NoSize())
except TypeError as e:
    print("without default:", type(e).__name__, e)

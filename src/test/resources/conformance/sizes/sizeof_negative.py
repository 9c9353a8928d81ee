# A negative __sizeof__ is a ValueError, even with a default.
import sys


class Negative:
    def __sizeof__(self):
        return -1


try:
    sys.getsizeof(Negative(), 99)
except ValueError as e:
    print("caught:", e)
print("now uncaught:")
sys.getsizeof(Negative())

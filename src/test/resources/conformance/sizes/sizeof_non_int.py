# A __sizeof__ returning a float is a TypeError.
import sys


class FloatSize:
    def __sizeof__(self):
        return 1.5


print("with a default:", sys.getsizeof(FloatSize(), "fallback"))
print("without:")
print(sys.getsizeof(FloatSize()))

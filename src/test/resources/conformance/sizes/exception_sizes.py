# Exception objects.
import sys

print("Exception():", sys.getsizeof(Exception()))
print("ValueError('x'):", sys.getsizeof(ValueError("x")))
print("KeyError(1, 2):", sys.getsizeof(KeyError(1, 2)))
try:
    raise RuntimeError("boom")
except RuntimeError as e:
    print("caught with a traceback:", sys.getsizeof(e))
    print("its args:", sys.getsizeof(e.args))


class MyError(Exception):
    pass


print("MyError():", sys.getsizeof(MyError()))

# Inside `except E as e`, the exception is referenced by e and by the handled-exception slot.
import sys

try:
    raise ValueError("bad value")
except ValueError as e:
    print("inside handler:", sys.getrefcount(e))
    kept = e
    print("after keeping it:", sys.getrefcount(e))
print("after the handler:", sys.getrefcount(kept))
try:
    e
except NameError as err:
    print("e is gone:", err)

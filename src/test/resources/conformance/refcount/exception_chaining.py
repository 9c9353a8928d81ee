# raise ... from ... and implicit context keep the original exception.
import sys

try:
    try:
        raise KeyError("original")
    except KeyError as k:
        original = k
        raise RuntimeError("wrapped") from k
except RuntimeError as r:
    print("cause is original:", r.__cause__ is original)
    print("original while handling:", sys.getrefcount(original))
    wrapped = r
print("original after:", sys.getrefcount(original))
del wrapped
print("wrapped dropped:", sys.getrefcount(original))

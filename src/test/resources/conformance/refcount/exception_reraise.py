# An exception caught, re-raised and caught again.
import sys


class Payload:
    pass


def inner():
    raise ValueError(Payload())


try:
    try:
        inner()
    except ValueError as first:
        print("first handler:", sys.getrefcount(first))
        raise
except ValueError as second:
    print("second handler:", sys.getrefcount(second))
    p = second.args[0]
    print("payload:", sys.getrefcount(p))
print("after handlers, payload:", sys.getrefcount(p))

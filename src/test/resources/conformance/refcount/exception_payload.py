# An exception's args tuple holds its payload.
import sys


class Payload:
    pass


p = Payload()
print("before:", sys.getrefcount(p))
try:
    raise KeyError(p)
except KeyError as e:
    print("in handler, payload:", sys.getrefcount(p))
    saved = e
print("exception saved:", sys.getrefcount(p))
del saved
print("exception dropped:", sys.getrefcount(p))

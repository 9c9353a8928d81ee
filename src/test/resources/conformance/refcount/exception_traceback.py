# A saved exception keeps the failed frame, and with it the frame's locals.
import sys


def fail(obj):
    local = obj
    raise RuntimeError("failed")


data = [1]
try:
    fail(data)
except RuntimeError as e:
    print("in handler:", sys.getrefcount(data))
    saved = e
print("exception saved:", sys.getrefcount(data))
saved.__traceback__ = None
print("traceback dropped:", sys.getrefcount(data))

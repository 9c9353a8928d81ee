# Values sent into a generator are held by its frame.
import sys


def collector():
    last = None
    while True:
        last = yield last


item = [9]
g = collector()
next(g)
print("before send:", sys.getrefcount(item))
got = g.send(item)
print("sent and echoed back:", sys.getrefcount(item))
del got
print("echo dropped:", sys.getrefcount(item))
g.send(None)
print("replaced in the frame:", sys.getrefcount(item))

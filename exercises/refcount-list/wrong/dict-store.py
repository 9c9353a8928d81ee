import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
before = sys.getrefcount(p)
registry = {}
registry["origin"] = p
after = sys.getrefcount(p)
print("before:", before)
print("after:", after)

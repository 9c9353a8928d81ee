import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
before = sys.getrefcount(p)
points = []
points.append(p)
last = points[-1]
after = sys.getrefcount(p)
print("before:", before)
print("after:", after)

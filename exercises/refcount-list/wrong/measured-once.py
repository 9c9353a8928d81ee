import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
points = [p]
print("refcount after storing:", sys.getrefcount(p))

import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
sys.getrefcount(p)
points = []
points.append(p)
sys.getrefcount(p)
print("stored", len(points), "point")

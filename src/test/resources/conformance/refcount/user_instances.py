# Instances of user classes.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print("new instance:", sys.getrefcount(p))
print("temporary instance:", sys.getrefcount(Point(3, 4)))
points = [p, Point(5, 6)]
print("p in a list:", sys.getrefcount(p))
print("anonymous one in the list:", sys.getrefcount(points[1]))
q = points[1]
print("after naming it:", sys.getrefcount(q))
p.other = q
print("referenced by an attribute:", sys.getrefcount(q))

import sys


class Point:
    pass


p = Point()
before = sys.getrefcount(p)
points = []
points.append(p
after = sys.getrefcount(p)
print(before, after)

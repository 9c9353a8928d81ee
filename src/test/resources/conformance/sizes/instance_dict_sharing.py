# Instance __dict__ sizes shrink as more instances of the class are created (shared keys, 3.11+).
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


points = []
for i in range(32):
    points.append(Point(i, i))
    if i < 4 or i > 24:
        print("instance", i + 1, "dict size:", sys.getsizeof(points[-1].__dict__))
print("first instance now:", sys.getsizeof(points[0].__dict__))
print("instance size:", sys.getsizeof(points[0]))

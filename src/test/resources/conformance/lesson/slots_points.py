# Lesson cell: __slots__ removes the per-instance dictionary.
import sys


class StandardPoint:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class SlottedPoint:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


p1 = StandardPoint(1, 2)
p2 = SlottedPoint(1, 2)

print("StandardPoint instance:", sys.getsizeof(p1))
print("its __dict__:", sys.getsizeof(p1.__dict__))
print("total:", sys.getsizeof(p1) + sys.getsizeof(p1.__dict__))
print("SlottedPoint instance:", sys.getsizeof(p2))
print("p1.__dict__ =", p1.__dict__)

try:
    print(p2.__dict__)
except AttributeError as e:
    print("AttributeError:", e)

print("p2 =", (p2.x, p2.y))

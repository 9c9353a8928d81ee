import sys
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


p = Point(1, 2)
count_before = sys.getrefcount(p)
points = [Point(0, 0)]
points.insert(0, p)
count_after = sys.getrefcount(p)
print(f"{count_before=} {count_after=}")

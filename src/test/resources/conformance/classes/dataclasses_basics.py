# dataclasses: generated __init__/__repr__/__eq__, field defaults and factories, slots=True, the errors.
import sys
from dataclasses import dataclass, field, fields, asdict
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
q = Point(1, 0)
print(p, p == q, p == Point(2), Point(3, 4, ["a"]), [f.name for f in fields(Point)], asdict(Point(5, 6)))
print(sys.getrefcount(p), sys.getsizeof(p), hasattr(p, "__dict__"), Point.__hash__)
@dataclass(slots=True)
class Slotted:
    a: int
    b: int
    c: int
    d: int
    e: int
s = Slotted(1, 2, 3, 4, 5)
print(s, Slotted.__slots__, hasattr(s, "__dict__"), sys.getsizeof(s), sys.getrefcount(s))
try:
    s.f = 6
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

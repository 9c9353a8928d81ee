import sys
from collections import defaultdict, OrderedDict


def describe(m):
    match m:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", **rest}:
            return f"circle with {rest}"
        case {1: one, **others} if not others:
            return f"only key 1 -> {one}"
        case {}:
            return f"some mapping of {len(m)}"
        case _:
            return "not a mapping"


for m in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "c": (0, 0)}, {1: "a"},
          {1: "a", 2: "b"}, {}, OrderedDict(a=1), [("type", "point")], "type", 7]:
    print(describe(m))

d = defaultdict(list)
match d:
    case {"missing": v}:
        print("not reached")
    case _:
        print("no __missing__ call:", dict(d))

o = object()
m = {"k": o, "j": o}
print("start", sys.getrefcount(o))
match m:
    case {"k": v, **rest}:
        print("bound", sys.getrefcount(o), rest == {"j": o}, type(rest).__name__)
print("after", sys.getrefcount(o))
del v, rest
print("released", sys.getrefcount(o))


class K:
    A = "k"
    B = "k"


try:
    match m:
        case {K.A: _, K.B: _}:
            print("not reached")
except ValueError as e:
    print("ValueError:", e)


class Mapping(dict):
    def get(self, key, default=None):
        print("get", key)
        return dict.get(self, key, default)


match Mapping(a=1, b=2):
    case {"a": 1, "b": bb}:
        print("dict subclass get used", bb)

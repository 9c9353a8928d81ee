import sys


class P:
    __match_args__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b


def f(v):
    match v:
        case P(a=P(b=1) | P(a=1)) as outer:
            return "nested or in keyword"
        case P([x, y] | (x, y, _), {"k": z}):
            return f"seq or + map {x} {y} {z}"
        case [P(a, b), P(c, d)] if a == c:
            return f"two points same a {a} {b} {d}"
        case [(1 | 2) as n, *_] | [_, (3 | 4) as n]:
            return f"n {n}"
        case {"a": {"b": [*_, last]}}:
            return f"deep {last}"
        case str() | bytes() | bytearray():
            return "text-like"
        case (None | True | False) as s:
            return f"singleton {s}"
        case _:
            return "other"


for v in [P(P(0, 1), 0), P(P(1, 0), 0), P([1, 2], {"k": 3}), P((4, 5, 6), {"k": 7}), [P(1, 2), P(1, 3)],
          [2, 9], [9, 4], {"a": {"b": [1, 2, 3]}}, bytearray(b""), True, None, 0]:
    print(f(v))

o = object()
m = {"x": o}
print(sys.getrefcount(o))
match [m, m]:
    case [{"x": a}, {"x": b}] | [a, b]:
        print(sys.getrefcount(o), a is b)
print(sys.getrefcount(o))
del a, b
print(sys.getrefcount(o))

import sys
from collections import deque


def shape(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case (x, y):
            return f"two {x!r} {y!r}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long {first!r} {middle!r} {last!r}"
        case [_, *_, 0]:
            return "ends with zero"
        case [1, *rest]:
            return f"starts with one, rest {rest!r}"
        case [[a, b], [c, d]]:
            return f"matrix {a}{b}{c}{d}"
        case [*_]:
            return "some sequence"
        case _:
            return "not a sequence"


for s in [[], (), [1], (5,), [1, 2], (3, 4), [1, 2, 3, 4, 5, 6], [7, 8, 0], [1, 9, 9], [[1, 2], [3, 4]],
          [4, 4, 4], range(3), range(2), deque([1, 2]), "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, 12,
          iter([1])]:
    print(type(s).__name__, shape(s))

o = object()
seq = [o, o, o, o]
print("start", sys.getrefcount(o))
match seq:
    case [a, *rest]:
        print("bound", sys.getrefcount(o), len(rest))
print("after", sys.getrefcount(o))
del a, rest
print("released", sys.getrefcount(o))

match seq:
    case [_, *_, last]:
        print("subscripted last", last is o, sys.getrefcount(o))
del last


class Seq(list):
    pass


match Seq([1, 2]):
    case [x, y]:
        print("list subclass", x, y)


class T(tuple):
    pass


match T((1, 2, 3)):
    case (*init, z):
        print("tuple subclass", init, z)

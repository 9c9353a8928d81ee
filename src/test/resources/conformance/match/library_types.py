from collections import namedtuple, deque, OrderedDict, Counter
from dataclasses import dataclass
from enum import Enum


Pair = namedtuple("Pair", "left right")


@dataclass
class Item:
    name: str
    price: float = 0.0


class Color(Enum):
    RED = 1
    BLUE = 2


def show(v):
    match v:
        case Pair(l, r):
            return f"pair {l} {r}"
        case Item(name, price=0.0):
            return f"free {name}"
        case Item(n, p):
            return f"item {n} {p}"
        case Color.RED:
            return "red"
        case Color():
            return f"color {v.name}"
        case deque([first, *_]):
            return f"deque from {first}"
        case Counter({"x": n}):
            return f"counter x={n}"
        case OrderedDict({"a": 1}):
            return "ordered"
        case _:
            return "other"


print(Pair.__match_args__, Item.__match_args__)
for v in [Pair(1, 2), Item("pen"), Item("book", 9.5), Color.RED, Color.BLUE, deque([4, 5]),
          Counter("xxy"), OrderedDict(a=1), (1, 2)]:
    print(show(v))

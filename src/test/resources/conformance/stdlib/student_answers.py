# Shapes of real answers from issue 12: each used to fail at its import.
import gc
import io
import math
import sys
from collections import deque
from contextlib import redirect_stdout
from enum import Enum
from functools import partial

_cache = []


def leaky(item):
    _cache.append(item)


_recent = deque(maxlen=100)


def fixed(item):
    _recent.append(item)


for i in range(1000):
    leaky([i])
    fixed([i])
print(len(_cache), len(_recent), sys.getsizeof(_recent), _recent[0], _recent[-1])

items = list(range(10))
t = tuple(items)
print(sys.getsizeof(t) < sys.getsizeof(items), math.ceil(sys.getsizeof(items) / sys.getsizeof(t) * 100))


def report():
    print('sizes', sys.getsizeof(()), sys.getsizeof([]))


buf = io.StringIO()
with redirect_stdout(buf):
    report()
print(buf.getvalue().split())


class Kind(Enum):
    SMALL = 1
    LARGE = 2


class Slotted:
    __slots__ = ('kind', 'size')

    def __init__(self, kind, size):
        self.kind = kind
        self.size = size


s = Slotted(Kind.LARGE, 3)
print(s.kind, s.kind.value, hasattr(s, '__dict__'), sys.getsizeof(s))


class Node:
    def __init__(self):
        self.callback = partial(self.ping, 1)

    def ping(self, n):
        return n


gc.collect()
n = Node()
del n
print(gc.collect())

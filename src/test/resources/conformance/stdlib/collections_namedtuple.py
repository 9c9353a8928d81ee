import gc
import sys
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), isinstance(p, tuple))
x, y = p
print(x, y, Point._fields, p._asdict(), p._replace(y=5), Point._make([7, 8]), Point(y=4, x=3))
print(sys.getsizeof(p), sys.getsizeof((1, 2)), gc.is_tracked(p), type(p).__name__, Point.__name__)
Color = namedtuple('Color', 'red green blue', defaults=[0])
print(Color(1, 2), Color._field_defaults, Color(1, 2, 3), Color._fields)
Pair = namedtuple('Pair', 'left, right')
print(Pair('a', 'b'), hash(Pair(1, 2)) == hash((1, 2)), sorted([Point(2, 1), Point(1, 5)]))
R = namedtuple('R', ['a', 'def', '_x', 'a'], rename=True)
print(R._fields)
items = [object(), object()]
before = sys.getrefcount(items[0])
q = Point(items[0], items[1])
print(sys.getrefcount(items[0]) - before, sys.getsizeof(q))
del q
print(sys.getrefcount(items[0]) - before)
try:
    p.x = 10
except AttributeError:
    print('AttributeError')
print(hasattr(p, '__dict__'))


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("missing", Point, 1)
attempt("missing-two", Point)
attempt("too-many", Point, 1, 2, 3)
attempt("bad-kw", Point, 1, 2, z=3)
attempt("twice", Point, 1, x=2)
attempt("make", Point._make, [1])
attempt("replace", p._replace, z=1)
attempt("bad-name", namedtuple, 'P', ['1a'])
attempt("keyword", namedtuple, 'P', ['class'])
attempt("underscore", namedtuple, 'P', ['_a'])
attempt("duplicate", namedtuple, 'P', ['a', 'a'])
attempt("defaults", namedtuple, 'P', ['a'], defaults=[1, 2])

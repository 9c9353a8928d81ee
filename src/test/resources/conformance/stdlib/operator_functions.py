import operator
import sys
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(5, 1), operator.mul('ab', 3), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 8), operator.neg(4), operator.not_(0), operator.truth([]), operator.abs(-3))
print(operator.lt(1, 2), operator.eq([1], [1]), operator.ne(1, 1), operator.is_(None, None), operator.contains([1, 2], 2))
print(operator.getitem([5, 6, 7], 1), operator.concat([1], [2]), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
d = {}
operator.setitem(d, 'k', 1)
print(d, operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.inv(5))
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), itemgetter(0, 1)('xyz'))
print(itemgetter(1)([1, 2]), itemgetter('k')({'k': 9}), itemgetter(slice(1, None))('hello'))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


pts = [Point(3, 1), Point(1, 2)]
print([p.x for p in sorted(pts, key=attrgetter('x'))], attrgetter('x', 'y')(pts[0]))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'), methodcaller('replace', 'a', 'b')('aa'))
print(repr(itemgetter(1)), repr(attrgetter('x')), repr(methodcaller('f', 1)))
item = [1, 2]
getter = itemgetter(0)
before = sys.getrefcount(item)
value = getter([item])
print(sys.getrefcount(item) - before)


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("add", operator.add, 1, 'a')
attempt("getitem", itemgetter(5), [1])
attempt("attr", attrgetter('z'), pts[0])
attempt("truediv", operator.truediv, 1, 0)

# defaultdict, OrderedDict, Counter, namedtuple instances and functools.partial: sizes, the references they hold,
# collector tracking, and cycles through them.
import gc
import sys
from collections import Counter, OrderedDict, defaultdict, namedtuple
from functools import partial


class Item:
    pass


it = Item()
base = sys.getrefcount(it)
dd = defaultdict(list)
dd['a'].append(it)
dd['b'] = it
print('defaultdict', sys.getsizeof(defaultdict(list)) - sys.getsizeof({}), sys.getrefcount(it) - base)
print('defaultdict tracked', gc.is_tracked(defaultdict(int)), gc.is_tracked(defaultdict(None)))
od = OrderedDict(a=it, b=2)
print('OrderedDict refs', sys.getrefcount(it) - base, gc.is_tracked(OrderedDict()), gc.is_tracked(od))
c = Counter('abracadabra')
print('Counter', sys.getsizeof(c) == sys.getsizeof(dict(c)), gc.is_tracked(Counter()), c.most_common(2))
Point = namedtuple('Point', 'x y')
p = Point(it, 2)
print('namedtuple', sys.getsizeof(p) == sys.getsizeof((1, 2)), sys.getrefcount(it) - base, gc.is_tracked(p))
print('namedtuple referents', sorted(type(r).__name__ for r in gc.get_referents(p)))
print('namedtuple no dict', hasattr(p, '__dict__'))
f = partial(print, it, sep='-')
print('partial', sys.getsizeof(f), sys.getrefcount(it) - base, gc.is_tracked(f))
print('partial referents', sorted(type(r).__name__ for r in gc.get_referents(f)))
del dd, od, p, f
print('released', sys.getrefcount(it) - base)

gc.collect()
d = defaultdict(list)
d['self'].append(d)
del d
print('defaultdict cycle', gc.collect())
gc.collect()
o = OrderedDict()
o['me'] = o
del o
print('OrderedDict cycle', gc.collect() > 0)
gc.collect()
n = Item()
n.pt = Point(n, None)
del n
print('namedtuple cycle', gc.collect())
gc.collect()
g = Item()
g.cb = partial(print, g)
del g
print('partial cycle', gc.collect())

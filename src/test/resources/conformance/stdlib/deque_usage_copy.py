# A deque as students use it: builtins over it, unpacking, annotations, formatting, copy and deepcopy (through
# __reduce__, as for defaultdict, OrderedDict, Counter and namedtuples), weak references and their callbacks.
import copy
import gc
import sys
import weakref
from collections import deque
d = deque([[1], [2]], maxlen=5)
c = copy.copy(d)
print(c, c[0] is d[0], c.maxlen)
e = copy.deepcopy(d)
print(e, e[0] is d[0], e.maxlen)
print(list(d), tuple(d), sorted(deque([3, 1, 2])), max(deque([3, 1, 2])), sum(deque(range(10))))
print([x * 2 for x in deque(range(3))], dict(enumerate(deque('ab'))), 'a' in deque('abc'))
h: deque[int] = deque(maxlen=3)
h.extend(range(10))
print(h, list(zip(h, reversed(h))))
d2 = deque()
print(d2 == deque(), d2 != deque([1]), deque([1, 2]) <= deque([1, 2]), deque('abc') > deque('abd'))
x, *rest = deque([1, 2, 3])
print(x, rest, len(deque(range(1000))), deque(range(1000))[500], deque(range(1000))[-1])
import itertools
print(list(itertools.islice(deque(range(10)), 2, 5)))
print(str(deque([1])), f"{deque([1])}", '%s' % deque([2]))
r = weakref.ref(deque())
print(r() is None)
d = deque([1])
w = weakref.ref(d, lambda ref: print('callback'))
print(w() is d, weakref.getweakrefcount(d))
del d
print(w())
gc.collect()
q = deque()
q.append(q)
wq = weakref.ref(q)
del q
print(wq() is not None, gc.collect(), wq())
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple
d = deque([[1], [2]], maxlen=5)
e = copy.deepcopy(d)
print(e, e[0] is d[0], e.maxlen, e == d)
dd = defaultdict(list, a=[1])
f = copy.deepcopy(dd)
print(f, f['a'] is dd['a'], f.default_factory)
g = copy.copy(dd)
print(g, g['a'] is dd['a'])
print(copy.deepcopy(OrderedDict(a=[1])), copy.deepcopy(Counter('aab')))
P = namedtuple('P', 'x y')
print(copy.deepcopy(P([1], 2)), copy.copy(P(1, 2)))
s = deque()
s.append(s)
t = copy.deepcopy(s)
print(t[0] is t, len(t))

# A deque holds one reference per item, is tracked by the collector from birth, reports its items as referents
# (and, from 3.12, its type), and a cycle through it is found and freed by gc.collect().
import gc
import sys
from collections import deque


class Node:
    pass


n = Node()
base = sys.getrefcount(n)
d = deque()
d.append(n)
d.appendleft(n)
print('two stores', sys.getrefcount(n) - base)
d.pop()
print('after pop', sys.getrefcount(n) - base)
d.extend([n] * 5)
print('extend', sys.getrefcount(n) - base)
d.rotate(2)
print('rotate keeps counts', sys.getrefcount(n) - base)
d.clear()
print('clear', sys.getrefcount(n) - base)
b = deque([n], maxlen=1)
b.append(1)
print('maxlen trims', sys.getrefcount(n) - base, b)
print('tracked', gc.is_tracked(deque()), gc.is_tracked(deque([1, 2])))
refs = gc.get_referents(deque([n, 'a', 3]))
print('referents', [type(r).__name__ for r in refs if not isinstance(r, type)])
it = iter(deque([n]))
print('iterator holds deque', [type(r).__name__ for r in gc.get_referents(it) if not isinstance(r, type)])
print('iterator', type(it).__name__, sys.getsizeof(it), gc.is_tracked(it))
del it

gc.collect()
d = deque()
d.append(d)
del d
print('self cycle', gc.collect())

gc.collect()
a = Node()
a.q = deque([a, Node()])
del a
print('instance cycle', gc.collect())

gc.collect()
x = deque()
y = deque([x])
x.append(y)
del x, y
print('two deques', gc.collect())

d = deque([1, 2, 3])
it = iter(d)
print(next(it))
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
d = deque([1, 2, 3])
try:
    for v in d:
        d.appendleft(v)
except RuntimeError as e:
    print('RuntimeError', e, len(d))
d = deque(range(5))
print(list(reversed(d)), d.count(3), 3 in d, 9 in d)
print(repr(d), repr(deque('ab', 7)), str(deque()))
s = deque()
s.append(s)
print(s)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) != [1], deque([2]) >= deque([1, 5]))
c = d.copy()
print(c, c is d, type(c).__name__, d.__copy__() == d)
print(d + deque('x'), bool(deque()), bool(d), len(d))
for bad in (lambda: d[5], lambda: d['a'], lambda: deque().pop(), lambda: d.remove(42), lambda: d.index(42),
            lambda: deque([1], 1).insert(0, 2), lambda: hash(d), lambda: d + [1]):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
d[0] = 'first'
d[-1] = 'last'
del d[1]
print(d, d.maxlen)

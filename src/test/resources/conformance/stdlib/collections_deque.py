import gc
import sys
from collections import deque

d = deque()
print(d, len(d), sys.getsizeof(d), gc.is_tracked(d), sys.getrefcount(d), type(d), bool(d))
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d[0], d[-1], 2 in d, list(d), list(reversed(d)), sys.getsizeof(d))
print(d.pop(), d.popleft(), d, d.count(2), d.index(3), len(d))
d.extend('ab')
d.extendleft('yz')
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.remove('a')
d.reverse()
print(d, d.copy(), d == deque(d), d != deque())
d.clear()
print(d, sys.getsizeof(d))
sizes = []
d = deque()
for i in range(200):
    d.append(i)
    sizes.append(sys.getsizeof(d))
print(sorted(set(sizes)))
for i in range(200):
    d.popleft()
    sizes.append(sys.getsizeof(d))
print(sizes[-1], sys.getsizeof(deque(range(63))), sys.getsizeof(deque(range(64))), sys.getsizeof(deque(range(1000))))
d = deque()
for i in range(100):
    d.appendleft(i)
print(sys.getsizeof(d), d[0], d[-1])
d.rotate(37)
print(sys.getsizeof(d), d[0])
d.rotate(-90)
print(sys.getsizeof(d), d[0])
while d:
    d.pop()
print(sys.getsizeof(d))
d.extendleft(range(70))
print(sys.getsizeof(d), d[0])
history = deque(maxlen=3)
for i in range(6):
    history.append(i)
print(history, history.maxlen, sys.getsizeof(history))
history.appendleft(-1)
print(history)
history.extend([10, 11])
print(history, deque('abc', 0), deque(maxlen=None).maxlen)
d = deque(range(10))
del d[3]
d[0] = 'first'
d.insert(2, 'x')
d.insert(-1, 'y')
print(d, sys.getsizeof(d))
item = object()
before = sys.getrefcount(item)
d = deque([item, item])
print(sys.getrefcount(item) - before)
d.pop()
print(sys.getrefcount(item) - before)
del d
print(sys.getrefcount(item) - before)
gc.collect()
d = deque()
d.append(d)
print(d)
del d
print(gc.collect())


class Node:
    pass


n = Node()
n.queue = deque([n])
del n
print(gc.collect())


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("pop-empty", deque().pop)
attempt("popleft-empty", deque().popleft)
attempt("remove-missing", deque([1]).remove, 2)
attempt("index-missing", deque([1]).index, 2)
attempt("negative-maxlen", deque, [], -1)
attempt("insert-full", deque([1], 1).insert, 0, 2)

# sys.getsizeof of a deque follows its 64-slot blocks: where the first item sits (leftindex) and the length decide
# how many blocks it spans; appends, pops, extend, extendleft, rotate and clear each move leftindex their own way.
import sys
from collections import deque


def size(d):
    return sys.getsizeof(d)


print('empty', size(deque()))
for n in (0, 1, 2, 62, 63, 64, 65, 126, 127, 128, 129, 200):
    print('extend', n, size(deque(range(n))))
for n in (1, 31, 32, 33, 63, 64, 65, 128):
    d = deque()
    for i in range(n):
        d.append(i)
    a = size(d)
    d = deque()
    for i in range(n):
        d.appendleft(i)
    print('append/appendleft', n, a, size(d))
d = deque(range(130))
sizes = []
while d:
    d.popleft()
    sizes.append(size(d))
print('popleft until empty', sorted(set(sizes)), size(d))
d = deque(range(130))
sizes = []
while d:
    d.pop()
    sizes.append(size(d))
print('pop until empty', sorted(set(sizes)), size(d))
d = deque()
d.extendleft(range(70))
print('extendleft 70', size(d), d[0], d[-1])
for k in (1, -1, 5, -5, 63, 64, 65, 200, -200):
    d = deque(range(100))
    d.rotate(k)
    print('rotate', k, size(d), d[0], d[-1])
d = deque(range(300))
d.clear()
print('clear', size(d), len(d))
for m in (1, 100):
    d = deque(maxlen=m)
    for i in range(250):
        d.append(i)
    print('maxlen', m, size(d), len(d), d[0], d.maxlen)
d = deque(range(10), maxlen=5)
print(d, size(d))
d.appendleft(-1)
print(d)
d.extendleft([-2, -3])
print(d, size(d))
d = deque(range(70))
d.insert(35, 'x')
del d[10]
d.remove(50)
print(size(d), d[35], d.index('x'), len(d))
print(size(deque([1]) * 200), size(deque([1, 2]) * 100))
e = deque(range(5))
e += range(100)
print(size(e), len(e))
e *= 3
print(size(e), len(e))
print(e.__sizeof__() + 16 == size(e))

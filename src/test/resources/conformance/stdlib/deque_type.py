# The deque type: its names, that 3.12+ instances and iterators hold a reference to their (heap) type, and a
# class derived from deque (its own dict, its size, its repr, copy).
import gc
import sys
from collections import deque

print(deque, deque.__name__, deque.__qualname__, deque.__module__)
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
before = sys.getrefcount(deque)
keep = [deque() for _ in range(3)]
after = sys.getrefcount(deque)
print('per instance', (after - before) // 3)
del keep
print('released', sys.getrefcount(deque) == before)
print('type in referents', deque in gc.get_referents(deque([1])))


class History(deque):
    pass


h = History([1, 2, 3], 5)
h.note = 'kept'
print(h, h.note, h.maxlen, isinstance(h, deque), len(h))
print(sys.getsizeof(h) - sys.getsizeof(deque([1, 2, 3])))
print(h.copy(), type(h.copy()).__name__)
print(gc.is_tracked(h), History in gc.get_referents(h))
h.append(h)
del h
print('subclass cycle', gc.collect() > 0)
try:
    deque().x = 1
except AttributeError as e:
    print('AttributeError')
for attempt in (lambda: setattr(deque(), 'maxlen', 3), lambda: delattr(deque(), 'maxlen')):
    try:
        attempt()
    except AttributeError as e:
        print('AttributeError', e)

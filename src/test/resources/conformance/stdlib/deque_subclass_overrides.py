# A class derived from collections.deque that overrides the container methods gets its own from len(), for,
# in, d[i], truth, list() and the deque's repr (Objects/typeobject.c update_one_slot: slot_sq_length,
# slot_tp_iter, slot_sq_contains, slot_mp_subscript); deque's own stay reachable through super() and
# deque.__len__(d).
import sys
from collections import deque


class Logged(deque):
    def __len__(self):
        print("  __len__")
        return super().__len__() + 100

    def __iter__(self):
        print("  __iter__")
        return iter(["a", "b"])

    def __contains__(self, x):
        print("  __contains__", x)
        return x == "zz"

    def __getitem__(self, i):
        print("  __getitem__", i)
        return super().__getitem__(i) * 10


d = Logged([1, 2, 3])
print("len", len(d))
print("deque.__len__", deque.__len__(d))
for x in d:
    print("item", x)
print("in", "zz" in d, 1 in d)
print("deque.__contains__", deque.__contains__(d, 1))
print("item", d[1])
try:
    d[-1]
except IndexError as e:
    # deque's own item adds the length the class reports (its __len__) to a negative index
    print("IndexError", e)
print("deque.__getitem__", deque.__getitem__(d, 0))
print("truth", bool(d))
print("list", list(d))
print("tuple", tuple(d))
print("sorted", sorted(d))
print("repr", repr(d))
print("deque.__iter__", list(deque.__iter__(d)))


class Store(deque):
    def __setitem__(self, i, v):
        print("  __setitem__", i, v)
        super().__setitem__(i, v + 1)

    def __delitem__(self, i):
        print("  __delitem__", i)
        super().__delitem__(i)


s = Store([10, 20, 30])
s[0] = 5
del s[1]
print(s, len(s))
v = object()
s[0] = 0
s.append(v)
print(sys.getrefcount(v))
del s[-1]
print(sys.getrefcount(v))


class Shorter(deque):
    def __len__(self):
        return super().__len__() - 1


t = Shorter("xyz")
print(t[-1], t[-2], len(t))
t[-1] = "Y"
del t[-2]
print(t)


class Plain(deque):
    pass


for n in (0, 1, 5, 9, 20):
    p = Plain(range(n))
    q = deque(range(n))
    print(n, sys.getsizeof(list(p)), sys.getsizeof(list(q)), sys.getsizeof(sorted(q)), sys.getsizeof(tuple(q)))
    grow = [1, 2]
    grow.extend(q)
    print(" ", sys.getsizeof(grow))

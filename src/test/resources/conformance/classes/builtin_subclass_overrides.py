# Classes derived from list, dict and tuple that override the container methods: the protocol calls the override
# (Objects/typeobject.c update_one_slot), the builtin's own slot answers list.__len__(x) and super(), and list()
# or tuple() of a derived object goes through its iterator and length hint (list_extend's fast path is for exact
# lists and tuples only), which shows in the sizes.
import sys


class Counted(list):
    def __len__(self):
        print("  __len__")
        return super().__len__() * 2

    def __iter__(self):
        print("  __iter__")
        return super().__iter__()

    def __contains__(self, x):
        print("  __contains__", x)
        return super().__contains__(x)

    def __getitem__(self, i):
        print("  __getitem__", i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print("  __setitem__", i, v)
        super().__setitem__(i, v)

    def __delitem__(self, i):
        print("  __delitem__", i)
        super().__delitem__(i)


c = Counted([3, 1, 2])
print("len", len(c), list.__len__(c))
print("in", 2 in c, 9 in c)
print("item", c[0], c[0:2])
c[1] = 7
del c[0]
print("list", list(c), sys.getsizeof(list(c)))
print("tuple", tuple(c))
print("sorted", sorted(c))
print("truth", bool(c), bool(Counted()))
print("repr", c)


class Loud(dict):
    def __getitem__(self, k):
        print("  __getitem__", k)
        return super().__getitem__(k)

    def __setitem__(self, k, v):
        print("  __setitem__", k, type(v).__name__)
        super().__setitem__(k, v)

    def __delitem__(self, k):
        print("  __delitem__", k)
        super().__delitem__(k)

    def __len__(self):
        print("  __len__")
        return super().__len__()

    def __iter__(self):
        print("  __iter__")
        return super().__iter__()

    def __contains__(self, k):
        print("  __contains__", k)
        return super().__contains__(k)


d = Loud()
d["a"] = 1
d["b"] = 2
print(d["a"], len(d), "a" in d)
del d["a"]
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
print(list(d), d)
dict.__delitem__(d, "b")
print(dict.__len__(d), d)
v = object()
d["v"] = v
print(sys.getrefcount(v))
del d["v"]
print(sys.getrefcount(v))


class Pair(tuple):
    def __iter__(self):
        print("  __iter__")
        return iter(("x", "y", "z"))

    def __len__(self):
        return 3


p = Pair((1, 2))
print(list(p), tuple(p), p)
a, b, c2 = p
print(a, b, c2, tuple.__len__(p))


class Sized(list):
    pass


for n in (0, 3, 9):
    s = Sized(range(n))
    grow = [1]
    grow.extend(s)
    print(n, sys.getsizeof(list(s)), sys.getsizeof(grow), sys.getsizeof(tuple(s)))


# an override assigned or deleted after instances exist changes their slots (update_slot), both ways
class Late(list):
    pass


late = Late([1, 2])
print(len(late), 1 in late)
Late.__len__ = lambda self: 7
Late.__contains__ = lambda self, x: x == "only"
print(len(late), 1 in late, "only" in late, bool(late))
del Late.__len__
del Late.__contains__
print(len(late), 1 in late)

# What builtins do with a class derived from list, dict or tuple that overrides __iter__ or __len__: list(),
# tuple(), unpacking, join and the rest go through the override (only exact lists and tuples take the fast
# paths, PyList_CheckExact); dict(), update, {**d} and f(**d) read a dict's table only while its class keeps
# dict_iter (dict_merge), else they call keys() and d[k]; set() reads only an exact dict's table.
# PySequence_Tuple asks the iterable for a length hint, PySequence_Fast (join, slice assignment) the iterator.
import sys


class L(list):
    def __iter__(self):
        print("  L.__iter__")
        return iter(["x", "y"])

    def __len__(self):
        print("  L.__len__")
        return 5


l = L([1, 2, 3])
print(list(enumerate(l)), list(zip(l, l)))
print("-".join(l))
print(sorted(set(l)), sorted(frozenset(l)))
print([*l], (*l,))
a, b = l
print(a, b)
print(sorted(l), list(reversed(l)))
print(dict.fromkeys(l))
m = []
m.extend(l)
m += l
m[1:2] = l
print(m)
print(l == [1, 2, 3], l[0], l[:], any(l), all(l))
print(tuple(l), sys.getsizeof(list(l)), sys.getsizeof([*l]))


class D(dict):
    def __iter__(self):
        print("  D.__iter__")
        return iter(["k"])

    def keys(self):
        print("  D.keys")
        return ["k"]

    def __getitem__(self, k):
        print("  D.__getitem__", k)
        return 42


d = D(a=1, b=2)
print(dict(d), list(d), {**d})
e = {}
e.update(d)
print(e, sorted(set(d)), sorted(d))


def f(**kw):
    return kw


print(f(**d))


class Plain(dict):
    def keys(self):
        print("  Plain.keys")
        return ["a"]


p = Plain(a=1, b=2)
print(dict(p), {**p}, f(**p), sorted(set(p)))


class T(tuple):
    def __iter__(self):
        print("  T.__iter__")
        return iter("pq")


t = T((1, 2, 3))
print(list(t), tuple(t), [*t], t[0], len(t))
x, y = t
print(x, y, repr(t))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return str(self.n)

    def __len__(self):
        print("  Countdown.__len__")
        return self.n


class Wrapped:
    def __iter__(self):
        return iter(["u", "v"])

    def __len__(self):
        print("  Wrapped.__len__")
        return 2


print(",".join(Countdown(3)), tuple(Countdown(2)))
print(",".join(Wrapped()), tuple(Wrapped()))

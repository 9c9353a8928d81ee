# 3.13 gives inline values only to instances without other fields (Py_TPFLAGS_INLINE_VALUES), so an instance of a
# class with __slots__ (its own or a base's) gets a real dict at its first attribute store: the instance visits the
# dict, the dict is tracked once it holds a container, and a collection that frees the instance frees the dict too.
import gc
import sys


class A:
    __slots__ = ('x', '__dict__')


class B:
    __slots__ = ('__dict__',)


class W:
    __slots__ = ('__dict__', '__weakref__')


class S(A):
    pass


class T(A):
    __slots__ = ('y',)


def show(label, o):
    print(label, sorted(type(v).__name__ for v in gc.get_referents(o)))


for K in (A, B, W, S, T):
    name = K.__name__
    o = K()
    show(name + ' none', o)
    o.p = [1]
    show(name + ' one', o)
    o.q = 2
    show(name + ' two', o)
    d = o.__dict__
    print(name, 'size', sys.getsizeof(d), 'tracked', gc.is_tracked(d), 'count', sys.getrefcount(d))
    del d
    del o.p
    show(name + ' del', o)
    o2 = K()
    o2.n = 1
    print(name, 'tracked with an int', gc.is_tracked(o2.__dict__))
    o3 = K()
    for i in range(40):
        setattr(o3, 'a%d' % i, i)
    show(name + ' many', o3)
    print(name, 'many size', sys.getsizeof(o3.__dict__))
    o4 = K()
    o4.me = o4
    del o4
    print(name, 'collect self cycle', gc.collect())
    o5 = K()
    o5.n = 1
    o5.x2 = [o5]
    del o5
    print(name, 'collect list cycle', gc.collect())

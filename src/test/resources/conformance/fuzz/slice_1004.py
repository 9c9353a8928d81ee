import dataclasses
import gc
import sys
import weakref


def _run(label, case):
    gc.collect()
    print("== case", label)
    try:
        case()
    except Exception as e:
        print("exception:", type(e).__name__ + ":", e)
    gc.collect()


def case_1004_0():
    @dataclasses.dataclass
    class C1:
        a: object = None
        b: object = None
        def m(self, k=None):
            return self
    v1 = C1(C1)
    try:
        raise ValueError(())
    except ValueError as e:
        v2 = e
    v3 = (y for y in [1, 2, 3])
    v4 = weakref.ref(v1, lambda r: print('cb', 'v1'))
    print('referents:exception v2', len(gc.get_referents(v2)))
    print('sizeof:generator v3', sys.getsizeof(v3))
    v1.a = -3
    v5 = C1(v2)
    del v1
    print('referents:instance v5', len(gc.get_referents(v5)))
    print('refcount:exception v2', sys.getrefcount(v2))
    v6 = {'k0': (1, 2)}
    print('collect', gc.collect())


def case_1004_1():
    class C1:
        __slots__ = ('a', 'b', '__weakref__',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v1 = C1('ab')
    class C2:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v2 = C2(C1)
    print('collect1', gc.collect(1))
    try:
        raise ValueError(1)
    except ValueError as e:
        v3 = e
    def g_v4(n):
        yield (1, 2)
        yield n
    v4 = g_v4(C2)
    next(v4)
    v5 = C1(C1)
    v6 = lambda q=v5: q
    def g_v7(n):
        yield C1
        yield n
    v7 = g_v7(v6)
    v8 = (v4, )
    print('collect0', gc.collect(0))
    v8 = None
    v9 = [[C1, (v2,), {'x': 2.5}], v2]
    v10 = weakref.ref(C2, lambda r: print('cb', 'C2'))
    v11 = v1.m
    print('collect0', gc.collect(0))
    v12 = {'k0': v5, 'k1': (1, 2)}
    v3 = v9
    del v1
    print('referents:instance v2', len(gc.get_referents(v2)))
    try:
        raise ValueError(C1)
    except ValueError as e:
        v13 = e
    v14 = v13.__traceback__
    print('collect', gc.collect())


def case_1004_2():
    class C1(dict):
        def __del__(self):
            print('del C1')
        def m(self, k=None):
            return self
    v2 = C1(k=C1)
    v1 = v2.m
    print('refcount:method v1', sys.getrefcount(v1))
    v2.pop('k0', None)
    print('collect0', gc.collect(0))
    print('refcount:class C1', sys.getrefcount(C1))
    print('refcount:method v1', sys.getrefcount(v1))
    v3 = lambda q='ab': q
    try:
        raise ValueError(7)
    except ValueError as e:
        v4 = e
    v5 = v4.__traceback__
    def f_v6(x):
        return (v2, x)
    v6 = f_v6
    print('collect', gc.collect())


def case_1004_3():
    print('collect', gc.collect())
    v1 = []
    v1.append(v1)
    v2 = []
    class C1:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C1')
    v3 = C1(v1)
    v4 = C1(v1)
    v5 = []
    try:
        raise ValueError(v3)
    except ValueError as e:
        v6 = e
    v7 = weakref.ref(C1, lambda r: print('cb', 'C1'))
    v2.append(v2)
    v8 = C1(v7)
    v9 = v4.m
    print('refcount:exception v6', sys.getrefcount(v6))
    v9 = v3
    v10 = C1(v3)
    v11 = [v8, v6, 1]
    try:
        raise ValueError(v10)
    except ValueError as e:
        v12 = e
    try:
        raise ValueError(v9)
    except ValueError as e:
        v13 = e
    print('collect', gc.collect())


def case_1004_4():
    @dataclasses.dataclass
    class C1:
        a: object = None
        b: object = None
        def m(self, k=None):
            return self
    v1 = C1((1, 2))
    print('collect0', gc.collect(0))
    v2 = lambda q='ab': q
    v1.a = v2
    v3 = frozenset([None])
    def f_v4(x):
        return (C1, x)
    v4 = f_v4
    print('collect0', gc.collect(0))
    v1.a = None
    def f_v5(x):
        return (v1, x)
    v5 = f_v5
    del v3
    print('referrer:class C1 of C1', any(r is C1 for r in gc.get_referrers(C1)))
    v6 = C1(True)
    print('refcount:function v2', sys.getrefcount(v2))
    v7 = [v6, None, 'word', v1]
    print('collect', gc.collect())


def case_1004_5():
    def g_v1(n):
        yield 'ab'
        yield n
    v1 = g_v1(())
    next(v1)
    del v1
    class C1:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v2 = C1(C1)
    v3 = v2.m
    v2.a = v2
    v4 = C1(v2)
    v5 = [v3]
    print('refcount:method v3', sys.getrefcount(v3))
    v6 = (v5, v5, v5, )
    v7 = (y for y in v5)
    next(v7, None)
    print('referrer:method v3 of v2', any(r is v3 for r in gc.get_referrers(v2)))
    try:
        raise ValueError(7)
    except ValueError as e:
        v8 = e
    v9 = lambda q=v6: q
    v10 = C1(None)
    del v2
    v11 = v10.m
    v12 = {'k0': v7, 'k1': 2.5, 'k2': 7}
    print('refcount:method v11', sys.getrefcount(v11))
    print('refcount:exception v8', sys.getrefcount(v8))
    def f_v13(x, y=v12, *, z=v6) -> int:
        return x
    v13 = f_v13
    print('collect', gc.collect())


def case_1004_6():
    print('collect1', gc.collect(1))
    class C1:
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C1')
    v1 = C1(C1)
    def f_v2(x):
        return (C1, x)
    v2 = f_v2
    v3 = frozenset([None, 1, 7])
    try:
        raise ValueError(True)
    except ValueError as e:
        v4 = e
    v5 = v4.__traceback__
    try:
        raise ValueError(C1)
    except ValueError as e:
        v6 = e
    v7 = v6.__traceback__
    def f_v8(x):
        return (v4, x)
    v8 = f_v8
    print('collect', gc.collect())


def case_1004_7():
    v1 = ((1, 2), )
    v2 = {}
    try:
        raise ValueError(7)
    except ValueError as e:
        v3 = e
    print('referents:dict v2', len(gc.get_referents(v2)))
    class C1:
        __slots__ = ('a', 'b', '__dict__',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v4 = C1(v1)
    v5 = C1(7)
    try:
        raise ValueError(())
    except ValueError as e:
        v6 = e
    v7 = v6.__traceback__
    print('refcount:class C1', sys.getrefcount(C1))
    v8 = weakref.finalize(C1, print, 'fin', 'C1')
    v9 = weakref.ref(C1, lambda r: print('cb', 'C1'))
    v2.pop('k0', None)
    v10 = C1(v2)
    v11 = (y for y in [1, 2, 3])
    v4.a = v8
    print('refcount:finalize v8', sys.getrefcount(v8))
    v12 = []
    v13 = weakref.ref(C1)
    print('collect', gc.collect())


def case_1004_8():
    print('collect1', gc.collect(1))
    def f_v1(x):
        return (2.5, x)
    v1 = f_v1
    class C1:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v2 = C1(C1)
    def f_v3(x):
        return (v1, x)
    v3 = f_v3
    v2.a = v2
    v4 = C1(7)
    v5 = C1(7)
    v6 = frozenset(['ab', None, 7, 1])
    class C2:
        __slots__ = ('a', 'b', '__weakref__',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v7 = C1('word')
    v8 = lambda q=C1: q
    v9 = weakref.ref(v8, lambda r: print('cb', 'v8'))
    v10 = ('word', )
    v11 = (v5, )
    print('collect', gc.collect())


def case_1004_9():
    print('collect', gc.collect())
    v1 = (7, )
    v2 = frozenset([(1, 2)])
    v2 = v2
    print('refcount:frozenset v2', sys.getrefcount(v2))
    print('tracked:frozenset v2', gc.is_tracked(v2))
    del v2
    print('referents:tuple v1', len(gc.get_referents(v1)))
    print('tracked:tuple v1', gc.is_tracked(v1))
    print('refcount:tuple v1', sys.getrefcount(v1))
    print('referents:tuple v1', len(gc.get_referents(v1)))
    print('collect1', gc.collect(1))
    class C1:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v3 = C1(7)
    v1 = None
    v4 = weakref.finalize(C1, print, 'fin', 'C1')
    print('collect', gc.collect())


def case_1004_10():
    v1 = ('ab', )
    print('refcount:tuple v1', sys.getrefcount(v1))
    def f_v2(x, y=v1, *, z=None) -> int:
        return x
    v2 = f_v2
    v3 = [[v2, (True,), {'x': 7}], v1]
    def f_v4(x):
        return (-3, x)
    v4 = f_v4
    try:
        raise ValueError(v3)
    except ValueError as e:
        v5 = e
    v5 = v4
    v6 = frozenset([None, 'ab', 1, None])
    print('collect0', gc.collect(0))
    v3.clear()
    print('collect', gc.collect())


def case_1004_11():
    try:
        raise ValueError(())
    except ValueError as e:
        v1 = e
    v2 = v1.__traceback__
    print('refcount:traceback v2', sys.getrefcount(v2))
    print('refcount:exception v1', sys.getrefcount(v1))
    print('referents:exception v1', len(gc.get_referents(v1)))
    class C1:
        __slots__ = ('a', 'b', '__weakref__',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v3 = C1(v2)
    print('collect1', gc.collect(1))
    print('refcount:class C1', sys.getrefcount(C1))
    v4 = weakref.ref(C1)
    v5 = [[v2, (C1,), {'x': v2}], v3]
    print('collect', gc.collect())
    v6 = [-3, v5, -3]
    try:
        raise ValueError(C1)
    except ValueError as e:
        v7 = e
    v8 = v7.__traceback__
    v9 = C1(v5)
    v10 = weakref.finalize(v9, print, 'fin', 'v9')
    print('sizeof:class C1', sys.getsizeof(C1))
    v11 = {'k0': v9}
    print('collect', gc.collect())


def case_1004_12():
    print('collect1', gc.collect(1))
    class C1(int):
        def m(self, k=None):
            return self
    v1 = C1(2 ** 70)
    v2 = v1.m
    print('refcount:method v2', sys.getrefcount(v2))
    try:
        raise ValueError('word')
    except ValueError as e:
        v3 = e
    v4 = v3.__traceback__
    v5 = weakref.finalize(C1, print, 'fin', 'C1')
    v6 = C1(300)
    print('referrer:subint v1 of v5', any(r is v1 for r in gc.get_referrers(v5)))
    v7 = frozenset([None, None])
    v8 = weakref.ref(v7)
    print('tracked:exception v3', gc.is_tracked(v3))
    print('collect', gc.collect())
    print('collect', gc.collect())


def case_1004_13():
    print('collect', gc.collect())
    v1 = (y for y in [1, 2, 3])
    next(v1, None)
    v2 = frozenset([(1, 2), None, 'ab'])
    print('collect', gc.collect())
    del v2
    print('refcount:generator v1', sys.getrefcount(v1))
    v3 = (y for y in [1, 2, 3])
    v4 = (-3, )
    v5 = {'k0': None, 'k1': v4, 'k2': -3}
    class C1(int):
        def m(self, k=None):
            return self
    v6 = C1(2 ** 70)
    v7 = C1(5)
    v8 = {'k0': v5, 'k1': v7, 'k2': v7, 'k3': 2.5}
    print('collect', gc.collect())
    try:
        raise ValueError(C1)
    except ValueError as e:
        v9 = e
    v10 = v9.__traceback__
    print('referrer:generator v3 of C1', any(r is v3 for r in gc.get_referrers(C1)))
    try:
        raise ValueError(v8)
    except ValueError as e:
        v11 = e
    v12 = v11.__traceback__
    try:
        raise ValueError(None)
    except ValueError as e:
        v13 = e
    v14 = v13.__traceback__
    try:
        raise ValueError(v7)
    except ValueError as e:
        v15 = e
    v16 = weakref.ref(v3, lambda r: print('cb', 'v3'))
    class C2:
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v17 = C2(v12)
    print('collect', gc.collect())


def case_1004_14():
    v1 = lambda q=True: q
    print('refcount:function v1', sys.getrefcount(v1))
    class C1(tuple):
        def m(self, k=None):
            return self
    v2 = C1((C1, True))
    v3 = C1((True, v1))
    class C2:
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C2')
    v4 = C1(('ab', 2.5))
    v5 = weakref.ref(v2)
    v5 = C1
    v6 = [C2, C2, 1, 'ab']
    v3.a = v1
    v7 = set([1, 'ab', 'ab', (1, 2)])
    print('refcount:class C1', sys.getrefcount(C1))
    print('collect0', gc.collect(0))
    v1 = None
    print('collect', gc.collect())


def case_1004_15():
    print('collect', gc.collect())
    def f_v1(x, y=1, *, z=True) -> int:
        return x
    v1 = f_v1
    v2 = {'k0': v1}
    class C1:
        __slots__ = ('a', 'b', '__weakref__',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v3 = C1(2.5)
    v4 = weakref.ref(C1)
    v5 = C1(v3)
    print('collect', gc.collect())
    v6 = lambda q=2.5: q
    def f_v7(x):
        return (2.5, x)
    v7 = f_v7
    v8 = C1(7)
    del v7
    print('refcount:instance v8', sys.getrefcount(v8))
    v8.a = v6
    v3.a = v1
    print('refcount:instance v8', sys.getrefcount(v8))
    v9 = C1(v2)
    print('refcount:function v6', sys.getrefcount(v6))
    v9.a = v9
    print('collect', gc.collect())


def case_1004_16():
    print('collect', gc.collect())
    print('collect1', gc.collect(1))
    print('collect', gc.collect())
    print('collect0', gc.collect(0))
    class C1(tuple):
        def m(self, k=None):
            return self
    v1 = C1((C1, 'word'))
    print('referrer:subtuple v1 of C1', any(r is v1 for r in gc.get_referrers(C1)))
    print('collect', gc.collect())


def case_1004_17():
    print('collect1', gc.collect(1))
    print('collect0', gc.collect(0))
    print('collect0', gc.collect(0))
    class C1:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C1')
    v1 = C1(C1)
    print('refcount:instance v1', sys.getrefcount(v1))
    v2 = [[1, (C1,), {'x': (1, 2)}], -3]
    print('refcount:class C1', sys.getrefcount(C1))
    v1.a = v1
    v3 = v1.m
    v3 = C1
    print('collect', gc.collect())


def case_1004_18():
    def f_v1(x):
        return (1, x)
    v1 = f_v1
    print('refcount:function v1', sys.getrefcount(v1))
    del v1
    class C1(dict):
        def m(self, k=None):
            return self
    v2 = C1(k=-3)
    v3 = [[C1, (C1,), {'x': C1}], 2.5]
    v4 = lambda q=2.5: q
    print('refcount:function v4', sys.getrefcount(v4))
    v5 = [C1, v3, v2, v3]
    del v4
    v6 = C1(k=C1)
    v3.append(())
    v7 = []
    v7 = v7
    try:
        raise ValueError(v7)
    except ValueError as e:
        v8 = e
    v9 = v8.__traceback__
    print('sizeof:list v7', sys.getsizeof(v7))
    v8 = v3
    v10 = [C1, (), v5]
    print('tracked:subdict v2', gc.is_tracked(v2))
    v11 = frozenset([-3, -3])
    try:
        raise ValueError(v8)
    except ValueError as e:
        v12 = e
    def f_v13(x):
        return (1, x)
    v13 = f_v13
    v14 = (y for y in v5)
    next(v14, None)
    print('collect', gc.collect())


def case_1004_19():
    v1 = ((), )
    v2 = [v1, v1, v1]
    print('referents:list v2', len(gc.get_referents(v2)))
    class C1:
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C1')
    v3 = C1(v1)
    v4 = frozenset([7, None, 7])
    v5 = {'k0': 'word', 'k1': v1, 'k2': 1}
    print('referents:instance v3', len(gc.get_referents(v3)))
    print('referents:dict v5', len(gc.get_referents(v5)))
    v6 = C1(v5)
    for i in range(9):
        setattr(v3, 'f%d' % i, i)
    print('refcount:instance v6', sys.getrefcount(v6))
    print('sizeof:instance v6', sys.getsizeof(v6))
    v7 = C1(7)
    del v5
    try:
        raise ValueError('word')
    except ValueError as e:
        v8 = e
    v9 = v8.__traceback__
    print('collect1', gc.collect(1))
    print('collect', gc.collect())


def case_1004_20():
    try:
        raise ValueError(None)
    except ValueError as e:
        v1 = e
    v2 = v1.__traceback__
    class C1:
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C1')
    v3 = C1(v1)
    v4 = C1(2.5)
    v5 = frozenset([None, 1, -3])
    del v1
    v6 = ('ab', v4, )
    v7 = set([-3, (1, 2), 'ab'])
    v8 = v4.m
    def f_v9(x, y=v5, *, z=v7) -> int:
        return x
    v9 = f_v9
    print('referents:function v9', len(gc.get_referents(v9)))
    class C2:
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C2')
    v10 = C2(C1)
    print('tracked:function v9', gc.is_tracked(v9))
    v11 = C2(2.5)
    print('collect', gc.collect())


def case_1004_21():
    print('collect', gc.collect())
    try:
        raise ValueError('ab')
    except ValueError as e:
        v1 = e
    def g_v2(n):
        yield 1
        yield n
    v2 = g_v2(v1)
    next(v2)
    class C1(list):
        def m(self, k=None):
            return self
    v3 = C1([True, C1])
    def f_v4(x):
        return ((1, 2), x)
    v4 = f_v4
    def f_v5(x, y=-3, *, z=v3) -> int:
        return x
    v5 = f_v5
    print('referrer:sublist v3 of C1', any(r is v3 for r in gc.get_referrers(C1)))
    print('referents:function v5', len(gc.get_referents(v5)))
    print('refcount:function v4', sys.getrefcount(v4))
    print('refcount:function v5', sys.getrefcount(v5))
    v3.a = v3
    print('refcount:class C1', sys.getrefcount(C1))
    print('referrer:exception v1 of v5', any(r is v1 for r in gc.get_referrers(v5)))
    print('collect', gc.collect())


def case_1004_22():
    class C1(str):
        def m(self, k=None):
            return self
    v1 = C1("xy")
    try:
        raise ValueError(C1)
    except ValueError as e:
        v2 = e
    class C2:
        __slots__ = ('a', 'b', '__dict__',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v3 = C2(C1)
    v4 = weakref.ref(C2)
    v3.a = v3
    try:
        raise ValueError(C2)
    except ValueError as e:
        v5 = e
    v6 = v5.__traceback__
    try:
        raise ValueError(1)
    except ValueError as e:
        v7 = e
    v8 = v7.__traceback__
    v9 = C2(v4)
    print('tracked:substr v1', gc.is_tracked(v1))
    v10 = lambda q=(1, 2): q
    try:
        raise ValueError(v9)
    except ValueError as e:
        v11 = e
    v12 = C1("hello world")
    v13 = [v2, v4, True, ()]
    def g_v14(n):
        yield v7
        yield n
    v14 = g_v14(7)
    print('collect', gc.collect())


def case_1004_23():
    v1 = [7]
    print('sizeof:list v1', sys.getsizeof(v1))
    v1 = None
    class C1(dict):
        def m(self, k=None):
            return self
    v2 = C1(k=C1)
    v2.a = None
    del v2
    v3 = weakref.ref(C1, lambda r: print('cb', 'C1'))
    v4 = C1(k=-3)
    del v4
    print('referrer:class C1 of C1', any(r is C1 for r in gc.get_referrers(C1)))
    v5 = (v3, )
    v6 = [True, C1, v5, v3]
    print('collect', gc.collect())


def case_1004_24():
    v1 = {'k0': 'ab', 'k1': 1}
    class C1(str):
        def m(self, k=None):
            return self
    v2 = C1("xy")
    v1 = C1
    def g_v3(n):
        yield True
        yield n
    v3 = g_v3(v2)
    next(v3)
    v2.a = C1
    def g_v4(n):
        yield v3
        yield n
    v4 = g_v4(v1)
    v5 = C1("hello world")
    v6 = {'k0': True, 'k1': v4, 'k2': v3, 'k3': ()}
    v7 = C1("xy")
    v8 = C1("xy")
    print('tracked:substr v7', gc.is_tracked(v7))
    print('collect', gc.collect())


_run('1004_0', case_1004_0)
_run('1004_1', case_1004_1)
_run('1004_2', case_1004_2)
_run('1004_3', case_1004_3)
_run('1004_4', case_1004_4)
_run('1004_5', case_1004_5)
_run('1004_6', case_1004_6)
_run('1004_7', case_1004_7)
_run('1004_8', case_1004_8)
_run('1004_9', case_1004_9)
_run('1004_10', case_1004_10)
_run('1004_11', case_1004_11)
_run('1004_12', case_1004_12)
_run('1004_13', case_1004_13)
_run('1004_14', case_1004_14)
_run('1004_15', case_1004_15)
_run('1004_16', case_1004_16)
_run('1004_17', case_1004_17)
_run('1004_18', case_1004_18)
_run('1004_19', case_1004_19)
_run('1004_20', case_1004_20)
_run('1004_21', case_1004_21)
_run('1004_22', case_1004_22)
_run('1004_23', case_1004_23)
_run('1004_24', case_1004_24)

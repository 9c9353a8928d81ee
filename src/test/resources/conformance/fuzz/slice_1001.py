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


def case_1001_0():
    print('collect', gc.collect())
    print('collect', gc.collect())
    v1 = set([7, 1, 1])
    v2 = lambda q=v1: q
    print('referents:function v2', len(gc.get_referents(v2)))
    print('referents:set v1', len(gc.get_referents(v1)))
    try:
        raise ValueError(v1)
    except ValueError as e:
        v3 = e
    try:
        raise ValueError(-3)
    except ValueError as e:
        v4 = e
    print('refcount:function v2', sys.getrefcount(v2))
    v1 = v3
    v5 = weakref.ref(v2)
    print('referrer:function v2 of v3', any(r is v2 for r in gc.get_referrers(v3)))
    class C1:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v6 = C1(C1)
    v7 = [v2, v3]
    v8 = (y for y in v7)
    v9 = C1(v1)
    v10 = [[v6, ((),), {'x': True}], None]
    print('collect', gc.collect())


def case_1001_1():
    v1 = [2.5, 'ab']
    try:
        raise ValueError(v1)
    except ValueError as e:
        v2 = e
    v3 = frozenset([1])
    v2 = v1
    v3 = None
    print('collect0', gc.collect(0))
    print('referents:list v2', len(gc.get_referents(v2)))
    v1 = v2
    v1 = v2
    v1.append(v1)
    try:
        raise ValueError(2.5)
    except ValueError as e:
        v4 = e
    v5 = [[v4, (2.5,), {'x': v4}], v2]
    v6 = set([1, 7])
    class C1:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C1')
    v7 = C1(C1)
    try:
        raise ValueError(())
    except ValueError as e:
        v8 = e
    v9 = frozenset([1])
    print('refcount:instance v7', sys.getrefcount(v7))
    class C2:
        __slots__ = ('a', 'b', '__dict__',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v10 = C1(v8)
    class C3(list):
        def m(self, k=None):
            return self
    v11 = C1('word')
    print('collect', gc.collect())


def case_1001_2():
    print('collect', gc.collect())
    print('collect1', gc.collect(1))
    print('collect1', gc.collect(1))
    print('collect1', gc.collect(1))
    try:
        raise ValueError(())
    except ValueError as e:
        v1 = e
    class C1:
        __slots__ = ('a', 'b', '__weakref__',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v2 = C1(7)
    print('collect0', gc.collect(0))
    print('refcount:instance v2', sys.getrefcount(v2))
    class C2:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v3 = C1('word')
    v4 = weakref.ref(C1)
    class C3:
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C3')
    v5 = C1(C3)
    print('tracked:instance v3', gc.is_tracked(v3))
    v6 = (v1, C1, True, )
    def f_v7(x, y=v1, *, z=v6) -> int:
        return x
    v7 = f_v7
    v8 = weakref.ref(v7, lambda r: print('cb', 'v7'))
    print('referents:weakref v4', len(gc.get_referents(v4)))
    v5.a = 2.5
    print('collect', gc.collect())


def case_1001_3():
    print('collect', gc.collect())
    print('collect', gc.collect())
    v1 = (y for y in [1, 2, 3])
    next(v1, None)
    print('refcount:generator v1', sys.getrefcount(v1))
    class C1:
        __slots__ = ('a', 'b', '__weakref__',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v2 = C1(C1)
    print('tracked:class C1', gc.is_tracked(C1))
    v3 = C1(v2)
    v4 = frozenset([None, 1, (1, 2)])
    v5 = C1(C1)
    v6 = weakref.finalize(v5, print, 'fin', 'v5')
    def g_v7(n):
        yield v6
        yield n
    v7 = g_v7(C1)
    def f_v8(x, y=v2, *, z=v1) -> int:
        return x
    v8 = f_v8
    print('refcount:instance v2', sys.getrefcount(v2))
    print('refcount:instance v2', sys.getrefcount(v2))
    print('referrer:instance v2 of C1', any(r is v2 for r in gc.get_referrers(C1)))
    print('collect', gc.collect())


def case_1001_4():
    class C1:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C1')
    v1 = C1(C1)
    v2 = weakref.ref(C1)
    v3 = [v2]
    print('sizeof:list v3', sys.getsizeof(v3))
    v4 = (y for y in v3)
    print('refcount:generator v4', sys.getrefcount(v4))
    v5 = C1(None)
    print('collect1', gc.collect(1))
    print('referrer:list v3 of v2', any(r is v3 for r in gc.get_referrers(v2)))
    v6 = lambda q=v5: q
    v7 = lambda q=v3: q
    print('collect', gc.collect())


def case_1001_5():
    v1 = {}
    class C1(int):
        def m(self, k=None):
            return self
    v2 = C1(2 ** 70)
    print('refcount:class C1', sys.getrefcount(C1))
    print('referents:subint v2', len(gc.get_referents(v2)))
    print('referrer:dict v1 of v2', any(r is v1 for r in gc.get_referrers(v2)))
    print('refcount:class C1', sys.getrefcount(C1))
    v3 = weakref.ref(C1, lambda r: print('cb', 'C1'))
    print('tracked:weakref v3', gc.is_tracked(v3))
    v1 = v2
    for i in range(9):
        setattr(v1, 'f%d' % i, i)
    v4 = C1(300)
    v5 = [[v3, (C1,), {'x': 'ab'}], v4]
    print('refcount:class C1', sys.getrefcount(C1))
    v6 = (y for y in v5)
    next(v6, None)
    print('collect', gc.collect())


def case_1001_6():
    print('collect1', gc.collect(1))
    v1 = lambda q=None: q
    print('referrer:function v1 of v1', any(r is v1 for r in gc.get_referrers(v1)))
    print('refcount:function v1', sys.getrefcount(v1))
    class C1:
        __slots__ = ('a', 'b', '__weakref__',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v2 = C1(C1)
    v3 = C1(v2)
    v3.a = 1
    v4 = (C1, )
    print('referents:instance v2', len(gc.get_referents(v2)))
    v5 = frozenset([7])
    v5 = v2
    try:
        raise ValueError(C1)
    except ValueError as e:
        v6 = e
    v7 = [1, C1, 'ab', v4]
    print('collect', gc.collect())


def case_1001_7():
    print('collect1', gc.collect(1))
    class C1(dict):
        def m(self, k=None):
            return self
    v2 = C1(k=None)
    v1 = v2.m
    print('refcount:subdict v2', sys.getrefcount(v2))
    try:
        raise ValueError(v2)
    except ValueError as e:
        v3 = e
    v4 = v3.__traceback__
    print('dictsize:subdict v2', sys.getsizeof(v2.__dict__))
    print('dicttracked:subdict v2', gc.is_tracked(v2.__dict__))
    v2.a = (1, 2)
    v5 = lambda q=v4: q
    v6 = {'k0': 1, 'k1': C1, 'k2': 'word'}
    print('referents:exception v3', len(gc.get_referents(v3)))
    print('refcount:subdict v2', sys.getrefcount(v2))
    def g_v7(n):
        yield v6
        yield n
    v7 = g_v7(v6)
    def f_v8(x, y=-3, *, z=v7) -> int:
        return x
    v8 = f_v8
    print('collect', gc.collect())


def case_1001_8():
    class C1:
        __slots__ = ('a', 'b', '__weakref__',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v1 = C1('word')
    v1.a = v1
    v2 = C1(v1)
    v3 = (v1, v1, v1, )
    v1.a = v3
    try:
        raise ValueError(C1)
    except ValueError as e:
        v4 = e
    print('refcount:class C1', sys.getrefcount(C1))
    v5 = lambda q=2.5: q
    v6 = v2.m
    print('refcount:instance v1', sys.getrefcount(v1))
    v7 = [-3, v5, v2, v2]
    @dataclasses.dataclass
    class C2:
        a: object = None
        b: object = None
        def m(self, k=None):
            return self
    v8 = C2(C2)
    print('sizeof:class C1', sys.getsizeof(C1))
    v9 = weakref.ref(v1)
    v10 = {'k0': 'word', 'k1': v1, 'k2': v3, 'k3': v4}
    print('referents:function v5', len(gc.get_referents(v5)))
    print('collect', gc.collect())


def case_1001_9():
    print('collect0', gc.collect(0))
    v1 = (y for y in [1, 2, 3])
    class C1(tuple):
        def m(self, k=None):
            return self
    v2 = C1((v1, (1, 2)))
    v3 = frozenset([None, 7, -3, 7])
    def f_v4(x, y=v2, *, z=C1) -> int:
        return x
    v4 = f_v4
    print('referents:generator v1', len(gc.get_referents(v1)))
    v5 = set([1, 'ab', 1])
    print('collect0', gc.collect(0))
    v6 = {'k0': v4, 'k1': v4, 'k2': 'word', 'k3': -3}
    v7 = frozenset([None, 7, -3, 1])
    try:
        raise ValueError(True)
    except ValueError as e:
        v8 = e
    v9 = v8.__traceback__
    v3 = v6
    print('referrer:dict v6 of v7', any(r is v6 for r in gc.get_referrers(v7)))
    print('referrer:exception v8 of v3', any(r is v8 for r in gc.get_referrers(v3)))
    v10 = set(['ab'])
    print('collect', gc.collect())


def case_1001_10():
    class C1:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C1')
    v1 = C1(C1)
    print('collect1', gc.collect(1))
    def g_v2(n):
        yield 'word'
        yield n
    v2 = g_v2(v1)
    next(v2)
    print('collect1', gc.collect(1))
    v3 = C1(v1)
    class C2(tuple):
        def m(self, k=None):
            return self
    v4 = C2((v2, C2))
    v5 = weakref.ref(v4, lambda r: print('cb', 'v4'))
    v6 = (y for y in [1, 2, 3])
    next(v6, None)
    v7 = frozenset([(1, 2), None, (1, 2), None])
    v8 = v4.m
    print('refcount:method v8', sys.getrefcount(v8))
    try:
        raise ValueError(v7)
    except ValueError as e:
        v9 = e
    v10 = v9.__traceback__
    def f_v11(x):
        return (v3, x)
    v11 = f_v11
    v12 = weakref.ref(v6)
    v13 = [v1, True, (), v9]
    v4.a = 7
    v6 = None
    v14 = v3.m
    print('collect', gc.collect())


def case_1001_11():
    def f_v1(x, y=(1, 2), *, z='word') -> int:
        return x
    v1 = f_v1
    class C1(list):
        __slots__ = ()
        def m(self, k=None):
            return self
    v2 = C1([2.5, v1])
    print('refcount:class C1', sys.getrefcount(C1))
    print('refcount:class C1', sys.getrefcount(C1))
    print('referents:class C1', len(gc.get_referents(C1)))
    v3 = C1([-3, C1])
    print('refcount:class C1', sys.getrefcount(C1))
    print('referrer:class C1 of v1', any(r is C1 for r in gc.get_referrers(v1)))
    v4 = [C1, v2]
    try:
        raise ValueError(v1)
    except ValueError as e:
        v5 = e
    v6 = v5.__traceback__
    print('refcount:class C1', sys.getrefcount(C1))
    v7 = weakref.ref(v1)
    def f_v8(x, y=1, *, z=7) -> int:
        return x
    v8 = f_v8
    print('collect', gc.collect())


def case_1001_12():
    v1 = set([7])
    class C1:
        __slots__ = ('a', 'b', '__dict__',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v2 = C1(v1)
    v3 = set([None, 'ab', 'ab'])
    print('referrer:set v1 of v1', any(r is v1 for r in gc.get_referrers(v1)))
    v4 = (y for y in [1, 2, 3])
    v2.a = v4
    print('sizeof:set v3', sys.getsizeof(v3))
    def f_v5(x):
        return (v1, x)
    v5 = f_v5
    v2 = None
    print('collect', gc.collect())


def case_1001_13():
    print('collect', gc.collect())
    v1 = [()]
    def f_v2(x):
        return (1, x)
    v2 = f_v2
    def f_v3(x):
        return (2.5, x)
    v3 = f_v3
    class C1:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v4 = C1(v3)
    print('sizeof:class C1', sys.getsizeof(C1))
    print('referrer:function v3 of v3', any(r is v3 for r in gc.get_referrers(v3)))
    v5 = {'k0': v2, 'k1': v3, 'k2': v2, 'k3': (1, 2)}
    v6 = C1(v1)
    del v3
    print('referents:class C1', len(gc.get_referents(C1)))
    print('refcount:instance v4', sys.getrefcount(v4))
    v4.a = ()
    class C2(list):
        def m(self, k=None):
            return self
    v7 = C1(C2)
    print('collect', gc.collect())


def case_1001_14():
    print('collect', gc.collect())
    print('collect', gc.collect())
    def g_v1(n):
        yield 'ab'
        yield n
    v1 = g_v1(1)
    next(v1)
    try:
        raise ValueError(v1)
    except ValueError as e:
        v2 = e
    v3 = v2.__traceback__
    v4 = lambda q=v2: q
    try:
        raise ValueError(v1)
    except ValueError as e:
        v5 = e
    print('collect', gc.collect())


def case_1001_15():
    print('collect', gc.collect())
    class C1:
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v2 = C1(True)
    v1 = v2.m
    class C2:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v3 = C2(C1)
    print('refcount:instance v2', sys.getrefcount(v2))
    def g_v4(n):
        yield v2
        yield n
    v4 = g_v4(v2)
    next(v4)
    def g_v5(n):
        yield v1
        yield n
    v5 = g_v5(7)
    v6 = lambda q=v5: q
    print('collect1', gc.collect(1))
    print('sizeof:class C2', sys.getsizeof(C2))
    v7 = [[v3, (C1,), {'x': v4}], None]
    v7.append(v7)
    v8 = weakref.ref(v6, lambda r: print('cb', 'v6'))
    v9 = C2(v2)
    v10 = [[C1, (v9,), {'x': v1}], v6]
    v3.a = v8
    print('collect0', gc.collect(0))
    print('refcount:weakref v8', sys.getrefcount(v8))
    v11 = C1(C2)
    print('sizeof:class C2', sys.getsizeof(C2))
    print('collect', gc.collect())


def case_1001_16():
    try:
        raise ValueError('word')
    except ValueError as e:
        v1 = e
    v2 = {'k0': None, 'k1': 'word'}
    v2['k9'] = 1
    v3 = (y for y in [1, 2, 3])
    next(v3, None)
    def g_v4(n):
        yield v2
        yield n
    v4 = g_v4(v1)
    try:
        raise ValueError(v4)
    except ValueError as e:
        v5 = e
    v6 = v5.__traceback__
    try:
        raise ValueError('word')
    except ValueError as e:
        v7 = e
    print('sizeof:exception v5', sys.getsizeof(v5))
    v3 = v5
    print('collect', gc.collect())
    class C1(tuple):
        def m(self, k=None):
            return self
    v8 = C1((C1, v5))
    v9 = weakref.ref(v8)
    v10 = []
    v11 = weakref.ref(v8)
    v12 = C1((v3, v5))
    v13 = frozenset(['ab', 'ab', 7, 1])
    def f_v14(x, y=7, *, z=v9) -> int:
        return x
    v14 = f_v14
    v15 = {'k0': 'word', 'k1': 1, 'k2': 1}
    v16 = C1((v15, 1))
    print('referents:list v10', len(gc.get_referents(v10)))
    print('refcount:weakref v9', sys.getrefcount(v9))
    print('collect', gc.collect())


def case_1001_17():
    print('collect', gc.collect())
    class C1(str):
        def m(self, k=None):
            return self
    v1 = C1("xy")
    v2 = weakref.ref(C1)
    v3 = C1("hello world")
    v3 = C1
    v4 = (v2, )
    print('refcount:class v3', sys.getrefcount(v3))
    print('refcount:weakref v2', sys.getrefcount(v2))
    v1.a = 'word'
    v4 = v2
    print('sizeof:weakref v4', sys.getsizeof(v4))
    print('refcount:class C1', sys.getrefcount(C1))
    def f_v5(x):
        return (C1, x)
    v5 = f_v5
    print('refcount:substr v1', sys.getrefcount(v1))
    print('refcount:class C1', sys.getrefcount(C1))
    v6 = weakref.ref(v1, lambda r: print('cb', 'v1'))
    v7 = weakref.ref(v1, lambda r: print('cb', 'v1'))
    print('collect', gc.collect())


def case_1001_18():
    print('collect0', gc.collect(0))
    print('collect', gc.collect())
    try:
        raise ValueError(-3)
    except ValueError as e:
        v1 = e
    class C1(int):
        def m(self, k=None):
            return self
    v2 = C1(5)
    v3 = [(1, 2), C1, v1]
    v2.a = v2
    v2.a = v2
    v2.a = v1
    v4 = weakref.ref(C1, lambda r: print('cb', 'C1'))
    v5 = [[v2, ('ab',), {'x': v3}], -3]
    print('refcount:class C1', sys.getrefcount(C1))
    v2 = None
    print('referents:class C1', len(gc.get_referents(C1)))
    print('refcount:list v5', sys.getrefcount(v5))
    v6 = [[v3, (None,), {'x': v5}], 'ab']
    v6 = v4
    v7 = C1(5)
    v8 = ((1, 2), )
    def g_v9(n):
        yield v5
        yield n
    v9 = g_v9(v1)
    print('collect', gc.collect())


def case_1001_19():
    v1 = [[-3, (True,), {'x': 'word'}], ()]
    del v1
    print('collect', gc.collect())
    class C1:
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C1')
    v2 = C1(C1)
    v3 = (y for y in [1, 2, 3])
    v4 = lambda q=v2: q
    try:
        raise ValueError(C1)
    except ValueError as e:
        v5 = e
    v6 = v5.__traceback__
    print('refcount:exception v5', sys.getrefcount(v5))
    v7 = weakref.ref(v3)
    v8 = [[v7, (None,), {'x': v5}], 'word']
    print('collect0', gc.collect(0))
    v8 = v5
    v9 = C1(v3)
    print('refcount:function v4', sys.getrefcount(v4))
    print('collect', gc.collect())


def case_1001_20():
    class C1:
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v1 = C1(C1)
    v2 = lambda q=C1: q
    class C2:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C2')
    v3 = C2(2.5)
    print('refcount:instance v1', sys.getrefcount(v1))
    try:
        raise ValueError(2.5)
    except ValueError as e:
        v4 = e
    v5 = {}
    del v1
    print('sizeof:dict v5', sys.getsizeof(v5))
    print('tracked:class C2', gc.is_tracked(C2))
    print('tracked:class C1', gc.is_tracked(C1))
    print('refcount:class C1', sys.getrefcount(C1))
    print('collect', gc.collect())


def case_1001_21():
    print('collect1', gc.collect(1))
    print('collect1', gc.collect(1))
    v1 = lambda q=-3: q
    try:
        raise ValueError(7)
    except ValueError as e:
        v2 = e
    print('referents:exception v2', len(gc.get_referents(v2)))
    class C1:
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C1')
    v3 = C1(v1)
    v4 = (y for y in [1, 2, 3])
    v5 = [[C1, (v4,), {'x': v2}], -3]
    v6 = frozenset([-3, 1, (1, 2)])
    try:
        raise ValueError(v5)
    except ValueError as e:
        v7 = e
    v8 = C1(v3)
    print('collect', gc.collect())


def case_1001_22():
    class C1(tuple):
        def m(self, k=None):
            return self
    v1 = C1((None, C1))
    def g_v2(n):
        yield -3
        yield n
    v2 = g_v2(C1)
    next(v2)
    print('referrer:class C1 of v1', any(r is C1 for r in gc.get_referrers(v1)))
    try:
        raise ValueError(True)
    except ValueError as e:
        v3 = e
    try:
        raise ValueError(7)
    except ValueError as e:
        v4 = e
    print('collect0', gc.collect(0))
    v5 = C1((v1, 'word'))
    print('sizeof:subtuple v5', sys.getsizeof(v5))
    v6 = C1((1, None))
    del v3
    v1.a = None
    v7 = C1(((), v6))
    print('referents:subtuple v7', len(gc.get_referents(v7)))
    v2 = v4
    print('refcount:class C1', sys.getrefcount(C1))
    v8 = {'k0': (1, 2), 'k1': v6, 'k2': 'ab', 'k3': ()}
    v2 = v5
    v9 = v7.m
    v10 = weakref.ref(C1)
    print('sizeof:subtuple v7', sys.getsizeof(v7))
    print('collect', gc.collect())


def case_1001_23():
    print('collect', gc.collect())
    class C1(list):
        __slots__ = ()
        def m(self, k=None):
            return self
    v1 = C1([C1, C1])
    v2 = {'k0': 1, 'k1': None, 'k2': v1}
    del v1
    v3 = {}
    del v2
    v3 = v3
    def f_v4(x, y=v3, *, z=v3) -> int:
        return x
    v4 = f_v4
    class C2:
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v5 = C2(-3)
    print('refcount:instance v5', sys.getrefcount(v5))
    try:
        raise ValueError(None)
    except ValueError as e:
        v6 = e
    v7 = v6.__traceback__
    try:
        raise ValueError(None)
    except ValueError as e:
        v8 = e
    print('refcount:exception v6', sys.getrefcount(v6))
    v5.a = v8
    print('refcount:traceback v7', sys.getrefcount(v7))
    v5 = v5
    v9 = C2(())
    try:
        raise ValueError(v9)
    except ValueError as e:
        v10 = e
    print('referrer:traceback v7 of v9', any(r is v7 for r in gc.get_referrers(v9)))
    print('collect', gc.collect())


def case_1001_24():
    v1 = ['ab', 'word']
    print('tracked:list v1', gc.is_tracked(v1))
    v2 = {'k0': v1}
    class C1(list):
        def m(self, k=None):
            return self
    v4 = C1([C1, v1])
    v3 = v4.m
    print('collect', gc.collect())
    v5 = weakref.ref(C1, lambda r: print('cb', 'C1'))
    v6 = (y for y in v1)
    print('sizeof:method v3', sys.getsizeof(v3))
    v2 = None
    v7 = C1([None, 'ab'])
    def f_v8(x, y=None, *, z=C1) -> int:
        return x
    v8 = f_v8
    v9 = ((1, 2), )
    print('refcount:sublist v7', sys.getrefcount(v7))
    v10 = C1([2.5, 'ab'])
    print('refcount:list v1', sys.getrefcount(v1))
    print('collect', gc.collect())


_run('1001_0', case_1001_0)
_run('1001_1', case_1001_1)
_run('1001_2', case_1001_2)
_run('1001_3', case_1001_3)
_run('1001_4', case_1001_4)
_run('1001_5', case_1001_5)
_run('1001_6', case_1001_6)
_run('1001_7', case_1001_7)
_run('1001_8', case_1001_8)
_run('1001_9', case_1001_9)
_run('1001_10', case_1001_10)
_run('1001_11', case_1001_11)
_run('1001_12', case_1001_12)
_run('1001_13', case_1001_13)
_run('1001_14', case_1001_14)
_run('1001_15', case_1001_15)
_run('1001_16', case_1001_16)
_run('1001_17', case_1001_17)
_run('1001_18', case_1001_18)
_run('1001_19', case_1001_19)
_run('1001_20', case_1001_20)
_run('1001_21', case_1001_21)
_run('1001_22', case_1001_22)
_run('1001_23', case_1001_23)
_run('1001_24', case_1001_24)

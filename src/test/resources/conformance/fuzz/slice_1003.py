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


def case_1003_0():
    print('collect1', gc.collect(1))
    print('collect1', gc.collect(1))
    print('collect1', gc.collect(1))
    class C1:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C1')
    v2 = C1(1)
    v1 = v2.m
    print('referents:class C1', len(gc.get_referents(C1)))
    v3 = ['word', -3, v2]
    del v1
    v2 = None
    v4 = weakref.ref(C1)
    v5 = set([7, -3, (1, 2), 'ab'])
    v6 = weakref.finalize(C1, print, 'fin', 'C1')
    print('collect', gc.collect())


def case_1003_1():
    print('collect0', gc.collect(0))
    v1 = frozenset([-3, 1, 1])
    class C1(dict):
        def __del__(self):
            print('del C1')
        def m(self, k=None):
            return self
    v2 = C1(k=v1)
    try:
        raise ValueError(v1)
    except ValueError as e:
        v3 = e
    del v2
    v4 = (v1, v3, )
    print('collect0', gc.collect(0))
    v5 = [[C1, (-3,), {'x': v3}], (1, 2)]
    v5 = C1
    print('collect', gc.collect())


def case_1003_2():
    print('collect', gc.collect())
    v1 = frozenset([(1, 2), 7])
    v2 = (y for y in [1, 2, 3])
    print('sizeof:frozenset v1', sys.getsizeof(v1))
    v2 = v2
    v3 = (v2, None, True, )
    class C1:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C1')
    v4 = C1(None)
    try:
        raise ValueError(v2)
    except ValueError as e:
        v5 = e
    print('collect', gc.collect())


def case_1003_3():
    v1 = (y for y in [1, 2, 3])
    print('referents:generator v1', len(gc.get_referents(v1)))
    try:
        raise ValueError(v1)
    except ValueError as e:
        v2 = e
    v3 = [[v1, (v1,), {'x': v1}], v2]
    print('refcount:generator v1', sys.getrefcount(v1))
    class C1:
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v4 = C1(())
    for i in range(3):
        setattr(v4, 'f%d' % i, i)
    print('sizeof:class C1', sys.getsizeof(C1))
    v5 = v4.m
    print('refcount:generator v1', sys.getrefcount(v1))
    del v5
    v6 = C1(v4)
    print('collect', gc.collect())


def case_1003_4():
    try:
        raise ValueError(-3)
    except ValueError as e:
        v1 = e
    v2 = v1.__traceback__
    print('referents:traceback v2', len(gc.get_referents(v2)))
    print('tracked:exception v1', gc.is_tracked(v1))
    print('refcount:exception v1', sys.getrefcount(v1))
    print('refcount:exception v1', sys.getrefcount(v1))
    del v1
    @dataclasses.dataclass
    class C1:
        a: object = None
        b: object = None
        def m(self, k=None):
            return self
    v3 = C1(v2)
    print('refcount:instance v3', sys.getrefcount(v3))
    v4 = lambda q=v2: q
    print('refcount:class C1', sys.getrefcount(C1))
    print('referrer:function v4 of C1', any(r is v4 for r in gc.get_referrers(C1)))
    v5 = set([7, (1, 2)])
    v6 = C1(v2)
    v7 = C1(v6)
    print('collect', gc.collect())


def case_1003_5():
    print('collect', gc.collect())
    v1 = (y for y in [1, 2, 3])
    class C1(dict):
        def m(self, k=None):
            return self
    v3 = C1(k=C1)
    v2 = v3.m
    print('referrer:class C1 of C1', any(r is C1 for r in gc.get_referrers(C1)))
    print('refcount:class C1', sys.getrefcount(C1))
    v4 = lambda q=v3: q
    print('referents:method v2', len(gc.get_referents(v2)))
    print('refcount:generator v1', sys.getrefcount(v1))
    print('collect', gc.collect())


def case_1003_6():
    try:
        raise ValueError(())
    except ValueError as e:
        v1 = e
    print('tracked:exception v1', gc.is_tracked(v1))
    class C1:
        __slots__ = ('a', 'b', '__weakref__',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v3 = C1(C1)
    v2 = v3.m
    print('referrer:class C1 of v1', any(r is C1 for r in gc.get_referrers(v1)))
    try:
        raise ValueError(v2)
    except ValueError as e:
        v4 = e
    def g_v5(n):
        yield True
        yield n
    v5 = g_v5(v4)
    next(v5)
    print('tracked:exception v4', gc.is_tracked(v4))
    print('referents:class C1', len(gc.get_referents(C1)))
    v6 = C1(v3)
    print('collect', gc.collect())
    print('refcount:instance v3', sys.getrefcount(v3))
    v7 = []
    v8 = [None]
    v9 = weakref.ref(v3)
    v10 = C1('ab')
    print('sizeof:list v7', sys.getsizeof(v7))
    print('collect', gc.collect())


def case_1003_7():
    class C1:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C1')
    v2 = C1(C1)
    v1 = v2.m
    v3 = weakref.ref(v1)
    v4 = lambda q=C1: q
    print('referents:function v4', len(gc.get_referents(v4)))
    def f_v5(x):
        return (v2, x)
    v5 = f_v5
    v6 = set([-3, 'ab', -3, None])
    print('collect', gc.collect())


def case_1003_8():
    v1 = (y for y in [1, 2, 3])
    next(v1, None)
    v2 = (y for y in [1, 2, 3])
    try:
        raise ValueError(v1)
    except ValueError as e:
        v3 = e
    print('referrer:generator v1 of v2', any(r is v1 for r in gc.get_referrers(v2)))
    print('refcount:exception v3', sys.getrefcount(v3))
    print('sizeof:exception v3', sys.getsizeof(v3))
    class C1:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v4 = C1(v1)
    v5 = [(1, 2), None]
    v6 = frozenset([7])
    v7 = (y for y in v5)
    print('refcount:generator v2', sys.getrefcount(v2))
    v4.a = None
    v8 = [v6, -3]
    def g_v9(n):
        yield None
        yield n
    v9 = g_v9('ab')
    next(v9)
    v10 = C1(v8)
    v11 = {'k0': v8}
    v12 = C1(v7)
    try:
        raise ValueError(1)
    except ValueError as e:
        v13 = e
    v14 = v13.__traceback__
    print('collect', gc.collect())


def case_1003_9():
    v1 = [[1, ((),), {'x': 2.5}], ()]
    class C1(tuple):
        def __del__(self):
            print('del C1')
        def m(self, k=None):
            return self
    v2 = C1((None, 'word'))
    class C2:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v3 = C1((C1, v1))
    print('tracked:class C2', gc.is_tracked(C2))
    v4 = C2('word')
    def g_v5(n):
        yield True
        yield n
    v5 = g_v5(v4)
    v5 = v3
    def f_v6(x, y=v3, *, z=v5) -> int:
        return x
    v6 = f_v6
    v7 = C2(C2)
    print('collect', gc.collect())


def case_1003_10():
    print('collect0', gc.collect(0))
    print('collect1', gc.collect(1))
    print('collect0', gc.collect(0))
    print('collect0', gc.collect(0))
    print('collect0', gc.collect(0))
    v1 = (y for y in [1, 2, 3])
    next(v1, None)
    class C1:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v2 = C1(v1)
    print('refcount:generator v1', sys.getrefcount(v1))
    v3 = C1('word')
    del v1
    v4 = C1(v2)
    v5 = weakref.finalize(C1, print, 'fin', 'C1')
    print('collect', gc.collect())


def case_1003_11():
    print('collect0', gc.collect(0))
    v1 = {'k0': -3, 'k1': 2.5, 'k2': (1, 2), 'k3': (1, 2)}
    v2 = (v1, )
    v3 = [1, v1, v1, v1]
    print('refcount:list v3', sys.getrefcount(v3))
    v3 = None
    class C1:
        __slots__ = ('a', 'b', '__weakref__',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v5 = C1(C1)
    v4 = v5.m
    v6 = [[None, (7,), {'x': v2}], 7]
    print('refcount:instance v5', sys.getrefcount(v5))
    def f_v7(x):
        return (v5, x)
    v7 = f_v7
    del v7
    def f_v8(x, y=v2, *, z=v2) -> int:
        return x
    v8 = f_v8
    v6.append(v6)
    v9 = weakref.ref(v4)
    v10 = weakref.finalize(C1, print, 'fin', 'C1')
    v11 = C1(v10)
    v12 = v11.m
    def f_v13(x, y=v12, *, z='word') -> int:
        return x
    v13 = f_v13
    print('collect', gc.collect())


def case_1003_12():
    v1 = lambda q=-3: q
    class C1(tuple):
        def m(self, k=None):
            return self
    v2 = C1((v1, 'word'))
    v3 = weakref.finalize(v1, print, 'fin', 'v1')
    try:
        raise ValueError(v3)
    except ValueError as e:
        v4 = e
    v5 = [[C1, (v4,), {'x': v2}], 'word']
    print('tracked:function v1', gc.is_tracked(v1))
    print('referrer:finalize v3 of C1', any(r is v3 for r in gc.get_referrers(C1)))
    print('refcount:class C1', sys.getrefcount(C1))
    v6 = C1((C1, C1))
    v4 = None
    def g_v7(n):
        yield C1
        yield n
    v7 = g_v7('ab')
    print('refcount:list v5', sys.getrefcount(v5))
    v8 = frozenset([-3, 7])
    v9 = lambda q='ab': q
    print('sizeof:frozenset v8', sys.getsizeof(v8))
    print('collect', gc.collect())


def case_1003_13():
    print('collect', gc.collect())
    try:
        raise ValueError(())
    except ValueError as e:
        v1 = e
    class C1:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v2 = C1(v1)
    try:
        raise ValueError(-3)
    except ValueError as e:
        v3 = e
    v4 = v3.__traceback__
    def g_v5(n):
        yield v4
        yield n
    v5 = g_v5(7)
    print('refcount:traceback v4', sys.getrefcount(v4))
    v2.a = C1
    print('collect', gc.collect())


def case_1003_14():
    v1 = set([-3, 'ab'])
    print('referents:set v1', len(gc.get_referents(v1)))
    try:
        raise ValueError(v1)
    except ValueError as e:
        v2 = e
    v3 = v2.__traceback__
    print('refcount:exception v2', sys.getrefcount(v2))
    def f_v4(x):
        return (v3, x)
    v4 = f_v4
    print('refcount:exception v2', sys.getrefcount(v2))
    v5 = [[1, (v2,), {'x': v4}], (1, 2)]
    v6 = lambda q=v2: q
    print('referrer:traceback v3 of v2', any(r is v3 for r in gc.get_referrers(v2)))
    v7 = frozenset(['ab', 7, 1])
    class C1(list):
        __slots__ = ()
        def m(self, k=None):
            return self
    v8 = C1([v5, v3])
    print('referents:list v5', len(gc.get_referents(v5)))
    print('sizeof:set v1', sys.getsizeof(v1))
    v9 = set([7, None])
    v3 = v1
    print('collect', gc.collect())


def case_1003_15():
    v1 = {'k0': 2.5, 'k1': -3}
    class C1:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v2 = C1(v1)
    v2.a = v2
    v3 = [2.5]
    v3 = v1
    print('refcount:dict v3', sys.getrefcount(v3))
    v4 = lambda q=None: q
    def f_v5(x, y=v2, *, z=True) -> int:
        return x
    v5 = f_v5
    v6 = C1(v2)
    v7 = weakref.finalize(v5, print, 'fin', 'v5')
    print('refcount:dict v1', sys.getrefcount(v1))
    v6 = v2
    del v3
    v8 = [[v4, (True,), {'x': C1}], v2]
    try:
        raise ValueError(1)
    except ValueError as e:
        v9 = e
    v10 = v9.__traceback__
    print('refcount:function v5', sys.getrefcount(v5))
    try:
        raise ValueError(v2)
    except ValueError as e:
        v11 = e
    v8 = None
    print('collect', gc.collect())


def case_1003_16():
    class C1(str):
        def m(self, k=None):
            return self
    v1 = C1("hello world")
    print('refcount:class C1', sys.getrefcount(C1))
    try:
        raise ValueError(C1)
    except ValueError as e:
        v2 = e
    v3 = v2.__traceback__
    try:
        raise ValueError(())
    except ValueError as e:
        v4 = e
    v5 = v4.__traceback__
    print('referents:substr v1', len(gc.get_referents(v1)))
    def f_v6(x, y=v2, *, z=None) -> int:
        return x
    v6 = f_v6
    class C2(dict):
        def m(self, k=None):
            return self
    v7 = C1("hello world")
    def g_v8(n):
        yield C1
        yield n
    v8 = g_v8(None)
    print('collect', gc.collect())


def case_1003_17():
    print('collect0', gc.collect(0))
    v1 = (y for y in [1, 2, 3])
    next(v1, None)
    v2 = frozenset(['ab', None])
    print('collect0', gc.collect(0))
    print('referrer:generator v1 of v2', any(r is v1 for r in gc.get_referrers(v2)))
    try:
        raise ValueError(v1)
    except ValueError as e:
        v3 = e
    print('referents:generator v1', len(gc.get_referents(v1)))
    print('refcount:generator v1', sys.getrefcount(v1))
    v4 = [[v3, (v3,), {'x': v2}], v2]
    class C1:
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v5 = C1(1)
    class C2:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v6 = C2((1, 2))
    v7 = C2(C2)
    class C3:
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v8 = C2(-3)
    v9 = C3(C3)
    v10 = lambda q=C1: q
    v11 = set(['ab', (1, 2), 7])
    v6 = v1
    v4.append(C2)
    print('referrer:instance v7 of C3', any(r is v7 for r in gc.get_referrers(C3)))
    v12 = frozenset([7, None, 'ab', None])
    v4.clear()
    print('collect', gc.collect())


def case_1003_18():
    def f_v1(x, y=None, *, z=True) -> int:
        return x
    v1 = f_v1
    del v1
    try:
        raise ValueError(1)
    except ValueError as e:
        v2 = e
    v3 = v2.__traceback__
    v4 = [(1, 2), v3]
    v5 = lambda q=v2: q
    try:
        raise ValueError(v5)
    except ValueError as e:
        v6 = e
    print('refcount:list v4', sys.getrefcount(v4))
    print('referrer:exception v6 of v6', any(r is v6 for r in gc.get_referrers(v6)))
    v5 = v4
    print('referents:list v5', len(gc.get_referents(v5)))
    print('referents:exception v6', len(gc.get_referents(v6)))
    def f_v7(x):
        return (None, x)
    v7 = f_v7
    v8 = (1, )
    print('refcount:list v5', sys.getrefcount(v5))
    print('refcount:exception v2', sys.getrefcount(v2))
    print('refcount:tuple v8', sys.getrefcount(v8))
    print('collect', gc.collect())


def case_1003_19():
    print('collect0', gc.collect(0))
    print('collect', gc.collect())
    class C1(dict):
        def __del__(self):
            print('del C1')
        def m(self, k=None):
            return self
    v1 = C1(k=None)
    v1 = C1
    v2 = (v1, 'word', )
    v3 = C1(k=-3)
    def f_v4(x):
        return (v1, x)
    v4 = f_v4
    def f_v5(x):
        return (C1, x)
    v5 = f_v5
    v6 = C1(k=7)
    print('referents:tuple v2', len(gc.get_referents(v2)))
    print('referrer:tuple v2 of v3', any(r is v2 for r in gc.get_referrers(v3)))
    v7 = frozenset([None, -3, 1])
    try:
        raise ValueError(C1)
    except ValueError as e:
        v8 = e
    print('referrer:function v5 of v5', any(r is v5 for r in gc.get_referrers(v5)))
    del v2
    print('collect', gc.collect())


def case_1003_20():
    print('collect', gc.collect())
    v1 = (y for y in [1, 2, 3])
    print('referrer:generator v1 of v1', any(r is v1 for r in gc.get_referrers(v1)))
    v2 = weakref.finalize(v1, print, 'fin', 'v1')
    class C1(dict):
        def m(self, k=None):
            return self
    v4 = C1(k=v1)
    v3 = v4.m
    try:
        raise ValueError(v2)
    except ValueError as e:
        v5 = e
    v6 = v5.__traceback__
    v7 = [v6, -3, -3]
    try:
        raise ValueError(v3)
    except ValueError as e:
        v8 = e
    v9 = v8.__traceback__
    def g_v10(n):
        yield ()
        yield n
    v10 = g_v10(C1)
    print('refcount:traceback v9', sys.getrefcount(v9))
    print('collect1', gc.collect(1))
    v11 = [v5]
    print('sizeof:generator v10', sys.getsizeof(v10))
    v12 = {'k0': ()}
    v13 = C1(k=(1, 2))
    print('refcount:list v7', sys.getrefcount(v7))
    print('dictsize:subdict v13', sys.getsizeof(v13.__dict__))
    print('dicttracked:subdict v13', gc.is_tracked(v13.__dict__))
    print('collect', gc.collect())


def case_1003_21():
    v1 = frozenset([-3, 1, (1, 2)])
    def f_v2(x):
        return (v1, x)
    v2 = f_v2
    print('referrer:function v2 of v1', any(r is v2 for r in gc.get_referrers(v1)))
    v3 = [[v1, (v2,), {'x': v2}], v2]
    v4 = weakref.ref(v2, lambda r: print('cb', 'v2'))
    v5 = lambda q=v1: q
    def f_v6(x):
        return (v2, x)
    v6 = f_v6
    print('collect', gc.collect())


def case_1003_22():
    print('collect1', gc.collect(1))
    class C1(dict):
        def __del__(self):
            print('del C1')
        def m(self, k=None):
            return self
    v1 = C1(k='word')
    v1 = v1
    print('dictsize:subdict v1', sys.getsizeof(v1.__dict__))
    print('dicttracked:subdict v1', gc.is_tracked(v1.__dict__))
    v2 = weakref.ref(C1, lambda r: print('cb', 'C1'))
    v3 = weakref.finalize(C1, print, 'fin', 'C1')
    v4 = lambda q=v3: q
    def g_v5(n):
        yield v2
        yield n
    v5 = g_v5(v2)
    print('tracked:finalize v3', gc.is_tracked(v3))
    v6 = v1.m
    print('collect', gc.collect())


def case_1003_23():
    print('collect1', gc.collect(1))
    v1 = [[None, ('word',), {'x': -3}], None]
    class C1:
        __slots__ = ('a', 'b', '__weakref__',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v2 = C1(-3)
    v3 = weakref.ref(v2, lambda r: print('cb', 'v2'))
    v4 = frozenset([7, 'ab', 7, (1, 2)])
    del v1
    v5 = set([(1, 2), 1])
    v6 = (y for y in [1, 2, 3])
    v7 = (y for y in [1, 2, 3])
    next(v7, None)
    print('tracked:generator v7', gc.is_tracked(v7))
    v2.a = v2
    try:
        raise ValueError(v3)
    except ValueError as e:
        v8 = e
    v9 = v2.m
    v10 = [True]
    v11 = {'k0': v4}
    v12 = weakref.ref(v5)
    print('referents:set v5', len(gc.get_referents(v5)))
    v11['k6'] = v8
    v13 = {'k0': (), 'k1': v10, 'k2': None}
    print('collect', gc.collect())


def case_1003_24():
    v1 = lambda q=(): q
    print('referrer:function v1 of v1', any(r is v1 for r in gc.get_referrers(v1)))
    v2 = weakref.ref(v1, lambda r: print('cb', 'v1'))
    class C1(list):
        def m(self, k=None):
            return self
    v3 = C1([7, C1])
    def g_v4(n):
        yield 'word'
        yield n
    v4 = g_v4(-3)
    next(v4)
    print('sizeof:function v1', sys.getsizeof(v1))
    v5 = weakref.finalize(v3, print, 'fin', 'v3')
    print('collect', gc.collect())


_run('1003_0', case_1003_0)
_run('1003_1', case_1003_1)
_run('1003_2', case_1003_2)
_run('1003_3', case_1003_3)
_run('1003_4', case_1003_4)
_run('1003_5', case_1003_5)
_run('1003_6', case_1003_6)
_run('1003_7', case_1003_7)
_run('1003_8', case_1003_8)
_run('1003_9', case_1003_9)
_run('1003_10', case_1003_10)
_run('1003_11', case_1003_11)
_run('1003_12', case_1003_12)
_run('1003_13', case_1003_13)
_run('1003_14', case_1003_14)
_run('1003_15', case_1003_15)
_run('1003_16', case_1003_16)
_run('1003_17', case_1003_17)
_run('1003_18', case_1003_18)
_run('1003_19', case_1003_19)
_run('1003_20', case_1003_20)
_run('1003_21', case_1003_21)
_run('1003_22', case_1003_22)
_run('1003_23', case_1003_23)
_run('1003_24', case_1003_24)

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


def case_1002_0():
    class C1:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C1')
    v1 = C1(C1)
    print('referents:class C1', len(gc.get_referents(C1)))
    def g_v2(n):
        yield 1
        yield n
    v2 = g_v2(-3)
    next(v2)
    v3 = C1(v1)
    print('refcount:class C1', sys.getrefcount(C1))
    def f_v4(x, y=C1, *, z=v2) -> int:
        return x
    v4 = f_v4
    v5 = weakref.ref(v4)
    v3 = v3
    try:
        raise ValueError(v1)
    except ValueError as e:
        v6 = e
    v7 = C1(-3)
    v8 = [[C1, (v2,), {'x': v4}], v3]
    v5 = None
    v9 = C1(2.5)
    v1.a = v2
    print('tracked:generator v2', gc.is_tracked(v2))
    print('collect', gc.collect())


def case_1002_1():
    v1 = set([1, 1, 7])
    print('refcount:set v1', sys.getrefcount(v1))
    def f_v2(x, y='word', *, z=True) -> int:
        return x
    v2 = f_v2
    @dataclasses.dataclass
    class C1:
        a: object = None
        b: object = None
        def m(self, k=None):
            return self
    v3 = C1(2.5)
    def f_v4(x, y=v2, *, z='ab') -> int:
        return x
    v4 = f_v4
    v5 = {'k0': v2, 'k1': C1, 'k2': 1}
    del v1
    print('referents:class C1', len(gc.get_referents(C1)))
    def f_v6(x):
        return ((), x)
    v6 = f_v6
    v7 = []
    def f_v8(x):
        return (v6, x)
    v8 = f_v8
    v9 = C1(v6)
    v9 = None
    v4 = v5
    class C2:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C2')
    v10 = C1(v4)
    v11 = C1(v4)
    print('collect', gc.collect())


def case_1002_2():
    class C1:
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C1')
    v1 = C1(())
    v1.a = 7
    class C2(int):
        def __del__(self):
            print('del C2')
        def m(self, k=None):
            return self
    v2 = C2(2 ** 70)
    v3 = C2(5)
    v4 = C1(v3)
    v1.a = True
    v5 = lambda q=-3: q
    print('referrer:instance v4 of v3', any(r is v4 for r in gc.get_referrers(v3)))
    try:
        raise ValueError(v1)
    except ValueError as e:
        v6 = e
    v7 = v3.m
    v8 = C1(C2)
    v9 = {'k0': 'word', 'k1': (), 'k2': C1, 'k3': v6}
    print('collect', gc.collect())


def case_1002_3():
    print('collect1', gc.collect(1))
    class C1(dict):
        def m(self, k=None):
            return self
    v1 = C1(k=C1)
    v1.a = None
    v1.a = 'word'
    try:
        raise ValueError('word')
    except ValueError as e:
        v2 = e
    v3 = ('ab', )
    def f_v4(x, y=2.5, *, z=v3) -> int:
        return x
    v4 = f_v4
    print('collect', gc.collect())


def case_1002_4():
    print('collect0', gc.collect(0))
    v1 = frozenset([None, 7, -3])
    print('refcount:frozenset v1', sys.getrefcount(v1))
    class C1(list):
        __slots__ = ()
        def __del__(self):
            print('del C1')
        def m(self, k=None):
            return self
    v2 = C1([(), 2.5])
    v1 = v2
    print('refcount:sublist v2', sys.getrefcount(v2))
    v1.append(v1)
    print('sizeof:sublist v2', sys.getsizeof(v2))
    v3 = weakref.ref(C1)
    print('collect', gc.collect())


def case_1002_5():
    try:
        raise ValueError(1)
    except ValueError as e:
        v1 = e
    v1 = v1
    class C1:
        __slots__ = ('a', 'b', '__weakref__',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v2 = C1(v1)
    v3 = C1(())
    print('tracked:instance v2', gc.is_tracked(v2))
    v4 = [-3]
    try:
        raise ValueError(None)
    except ValueError as e:
        v5 = e
    class C2:
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v6 = C1(-3)
    v7 = weakref.ref(v6)
    v8 = C1(v6)
    del v3
    try:
        raise ValueError(C2)
    except ValueError as e:
        v9 = e
    v10 = v9.__traceback__
    print('collect', gc.collect())
    print('refcount:instance v8', sys.getrefcount(v8))
    v11 = weakref.ref(C2, lambda r: print('cb', 'C2'))
    print('tracked:instance v2', gc.is_tracked(v2))
    v12 = weakref.ref(v6)
    try:
        raise ValueError(True)
    except ValueError as e:
        v13 = e
    print('collect', gc.collect())


def case_1002_6():
    class C1:
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v1 = C1(2.5)
    v2 = C1(v1)
    v2 = None
    try:
        raise ValueError(v1)
    except ValueError as e:
        v3 = e
    v4 = lambda q=C1: q
    def f_v5(x):
        return ((), x)
    v5 = f_v5
    v6 = set([(1, 2), 1, (1, 2), (1, 2)])
    print('referents:function v5', len(gc.get_referents(v5)))
    print('collect', gc.collect())


def case_1002_7():
    print('collect1', gc.collect(1))
    print('collect0', gc.collect(0))
    def f_v1(x, y='word', *, z=-3) -> int:
        return x
    v1 = f_v1
    class C1:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v3 = C1(-3)
    v2 = v3.m
    print('referents:class C1', len(gc.get_referents(C1)))
    v4 = [[v3, (v2,), {'x': (1, 2)}], 2.5]
    print('referents:instance v3', len(gc.get_referents(v3)))
    def g_v5(n):
        yield v4
        yield n
    v5 = g_v5(1)
    next(v5)
    class C2:
        __slots__ = ('a', 'b', '__dict__',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v6 = C2(v2)
    v7 = weakref.finalize(C1, print, 'fin', 'C1')
    print('refcount:generator v5', sys.getrefcount(v5))
    v4.append(C1)
    print('referents:function v1', len(gc.get_referents(v1)))
    v6.a = 'ab'
    print('refcount:function v1', sys.getrefcount(v1))
    print('refcount:finalize v7', sys.getrefcount(v7))
    print('collect', gc.collect())


def case_1002_8():
    print('collect1', gc.collect(1))
    try:
        raise ValueError((1, 2))
    except ValueError as e:
        v1 = e
    v2 = v1.__traceback__
    print('refcount:exception v1', sys.getrefcount(v1))
    print('sizeof:exception v1', sys.getsizeof(v1))
    try:
        raise ValueError(v2)
    except ValueError as e:
        v3 = e
    v3 = None
    v4 = [[None, (7,), {'x': v1}], v2]
    class C1:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C1')
    v5 = C1(v4)
    print('tracked:class C1', gc.is_tracked(C1))
    v5.a = v5
    del v4
    print('sizeof:instance v5', sys.getsizeof(v5))
    del v5
    v6 = [C1, C1, C1]
    print('collect', gc.collect())


def case_1002_9():
    def f_v1(x):
        return (None, x)
    v1 = f_v1
    print('collect', gc.collect())
    class C1:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C1')
    v2 = C1(C1)
    v3 = [[(1, 2), (v2,), {'x': C1}], 'ab']
    v4 = C1(v3)
    print('refcount:instance v2', sys.getrefcount(v2))
    v5 = C1(v3)
    print('collect', gc.collect())


def case_1002_10():
    class C1(list):
        __slots__ = ()
        def m(self, k=None):
            return self
    v1 = C1([-3, C1])
    v1 = None
    class C2(int):
        def m(self, k=None):
            return self
    v2 = C2(300)
    print('sizeof:subint v2', sys.getsizeof(v2))
    v3 = (y for y in [1, 2, 3])
    next(v3, None)
    v3 = v3
    v2 = None
    v4 = {}
    def f_v5(x):
        return ('ab', x)
    v5 = f_v5
    v6 = lambda q=C1: q
    def g_v7(n):
        yield v3
        yield n
    v7 = g_v7('ab')
    v8 = [[-3, (v6,), {'x': v6}], v6]
    print('collect', gc.collect())


def case_1002_11():
    def g_v1(n):
        yield 7
        yield n
    v1 = g_v1('ab')
    next(v1)
    v1 = None
    def g_v2(n):
        yield 7
        yield n
    v2 = g_v2(True)
    next(v2)
    print('refcount:generator v2', sys.getrefcount(v2))
    print('referrer:generator v2 of v2', any(r is v2 for r in gc.get_referrers(v2)))
    print('tracked:generator v2', gc.is_tracked(v2))
    v3 = ((), v2, v2, )
    print('referents:tuple v3', len(gc.get_referents(v3)))
    v4 = [v3]
    print('collect', gc.collect())


def case_1002_12():
    print('collect0', gc.collect(0))
    print('collect0', gc.collect(0))
    v1 = set([(1, 2), 7, None, -3])
    v2 = [(1, 2), v1, v1, 'word']
    class C1(str):
        def __del__(self):
            print('del C1')
        def m(self, k=None):
            return self
    v3 = C1("xy")
    print('referents:class C1', len(gc.get_referents(C1)))
    print('tracked:substr v3', gc.is_tracked(v3))
    v3.a = 2.5
    print('refcount:class C1', sys.getrefcount(C1))
    v4 = frozenset([None])
    print('refcount:list v2', sys.getrefcount(v2))
    v5 = lambda q=C1: q
    v6 = lambda q=v2: q
    print('refcount:set v1', sys.getrefcount(v1))
    v7 = frozenset([1])
    print('referents:class C1', len(gc.get_referents(C1)))
    print('sizeof:substr v3', sys.getsizeof(v3))
    v8 = C1("hello world")
    v9 = weakref.ref(v6, lambda r: print('cb', 'v6'))
    print('collect', gc.collect())


def case_1002_13():
    v1 = frozenset([(1, 2), None, -3])
    try:
        raise ValueError(v1)
    except ValueError as e:
        v2 = e
    v3 = v2.__traceback__
    v1 = v2
    v4 = []
    print('tracked:list v4', gc.is_tracked(v4))
    print('sizeof:traceback v3', sys.getsizeof(v3))
    class C1:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C1')
    v5 = C1(v3)
    print('sizeof:list v4', sys.getsizeof(v4))
    v6 = lambda q=2.5: q
    print('refcount:exception v2', sys.getrefcount(v2))
    v7 = lambda q=v6: q
    try:
        raise ValueError(v1)
    except ValueError as e:
        v8 = e
    print('sizeof:function v6', sys.getsizeof(v6))
    class C2:
        __slots__ = ('a', 'b', '__weakref__',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v9 = C1(v5)
    print('collect', gc.collect())


def case_1002_14():
    def f_v1(x, y=(1, 2), *, z=-3) -> int:
        return x
    v1 = f_v1
    def f_v2(x):
        return (v1, x)
    v2 = f_v2
    try:
        raise ValueError(-3)
    except ValueError as e:
        v3 = e
    v4 = v3.__traceback__
    class C1(dict):
        def m(self, k=None):
            return self
    v5 = C1(k=())
    print('referents:exception v3', len(gc.get_referents(v3)))
    v6 = {'k0': (1, 2), 'k1': v2}
    print('tracked:function v2', gc.is_tracked(v2))
    print('collect', gc.collect())


def case_1002_15():
    v1 = lambda q=1: q
    print('refcount:function v1', sys.getrefcount(v1))
    del v1
    print('collect0', gc.collect(0))
    v2 = ((1, 2), 7, None, )
    del v2
    v3 = lambda q=-3: q
    print('collect', gc.collect())


def case_1002_16():
    def f_v1(x):
        return ('word', x)
    v1 = f_v1
    del v1
    print('collect0', gc.collect(0))
    class C1(list):
        def m(self, k=None):
            return self
    v2 = C1([(), C1])
    try:
        raise ValueError('ab')
    except ValueError as e:
        v3 = e
    def f_v4(x):
        return (v3, x)
    v4 = f_v4
    print('refcount:function v4', sys.getrefcount(v4))
    v5 = [['ab', (None,), {'x': 7}], v2]
    print('collect0', gc.collect(0))
    print('refcount:list v5', sys.getrefcount(v5))
    v6 = (y for y in v5)
    next(v6, None)
    print('referents:function v4', len(gc.get_referents(v4)))
    try:
        raise ValueError(v3)
    except ValueError as e:
        v7 = e
    class C2(list):
        __slots__ = ()
        def m(self, k=None):
            return self
    v8 = C2([C1, v3])
    print('collect', gc.collect())


def case_1002_17():
    v1 = [-3]
    print('refcount:list v1', sys.getrefcount(v1))
    class C1:
        __slots__ = ('a', 'b',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v2 = C1(C1)
    print('tracked:list v1', gc.is_tracked(v1))
    try:
        raise ValueError(2.5)
    except ValueError as e:
        v3 = e
    class C2(list):
        def m(self, k=None):
            return self
    v4 = C1(C1)
    v5 = C2([v2, -3])
    v6 = set([1, 'ab'])
    print('refcount:set v6', sys.getrefcount(v6))
    v7 = weakref.ref(v5, lambda r: print('cb', 'v5'))
    v8 = (y for y in v1)
    v9 = [(), (1, 2), v3]
    print('collect1', gc.collect(1))
    def f_v10(x):
        return ('ab', x)
    v10 = f_v10
    print('referents:list v9', len(gc.get_referents(v9)))
    v11 = weakref.ref(C1)
    def f_v12(x, y=C2, *, z=True) -> int:
        return x
    v12 = f_v12
    v13 = frozenset([None, 'ab'])
    v14 = weakref.finalize(v13, print, 'fin', 'v13')
    v9.append('ab')
    v15 = []
    print('collect', gc.collect())


def case_1002_18():
    print('collect0', gc.collect(0))
    try:
        raise ValueError(None)
    except ValueError as e:
        v1 = e
    v2 = v1.__traceback__
    try:
        raise ValueError(v2)
    except ValueError as e:
        v3 = e
    class C1:
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
        def __del__(self):
            print('del C1')
    v4 = C1(7)
    v4.a = C1
    v5 = {}
    v6 = C1(1)
    v7 = ('ab', )
    print('referents:traceback v2', len(gc.get_referents(v2)))
    v8 = C1(True)
    def g_v9(n):
        yield v3
        yield n
    v9 = g_v9('ab')
    next(v9)
    print('refcount:exception v3', sys.getrefcount(v3))
    v10 = C1(v8)
    print('refcount:class C1', sys.getrefcount(C1))
    print('dictsize:instance v6', sys.getsizeof(v6.__dict__))
    print('dicttracked:instance v6', gc.is_tracked(v6.__dict__))
    del v3
    print('collect', gc.collect())


def case_1002_19():
    print('collect1', gc.collect(1))
    try:
        raise ValueError(7)
    except ValueError as e:
        v1 = e
    v2 = v1.__traceback__
    print('referrer:exception v1 of v1', any(r is v1 for r in gc.get_referrers(v1)))
    v3 = {'k0': 7, 'k1': None, 'k2': 'word'}
    class C1:
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v4 = C1(v1)
    v5 = [['word', (v4,), {'x': v1}], v1]
    def f_v6(x, y=v5, *, z=True) -> int:
        return x
    v6 = f_v6
    v7 = C1('ab')
    print('refcount:exception v1', sys.getrefcount(v1))
    v8 = {'k0': C1}
    print('collect', gc.collect())
    v4 = None
    print('collect', gc.collect())


def case_1002_20():
    v1 = {}
    print('refcount:dict v1', sys.getrefcount(v1))
    def f_v2(x, y=(), *, z='ab') -> int:
        return x
    v2 = f_v2
    v3 = weakref.ref(v2, lambda r: print('cb', 'v2'))
    v4 = lambda q=v1: q
    v2 = v3
    v5 = lambda q=v1: q
    print('refcount:weakref v2', sys.getrefcount(v2))
    def f_v6(x):
        return (-3, x)
    v6 = f_v6
    def g_v7(n):
        yield 7
        yield n
    v7 = g_v7(-3)
    v8 = [[v3, (v5,), {'x': v3}], 'word']
    v9 = (y for y in v8)
    next(v9, None)
    print('collect1', gc.collect(1))
    try:
        raise ValueError(v9)
    except ValueError as e:
        v10 = e
    try:
        raise ValueError('ab')
    except ValueError as e:
        v11 = e
    v12 = v11.__traceback__
    v8.append(7)
    v13 = ['word', True, v9]
    def f_v14(x):
        return (v5, x)
    v14 = f_v14
    v12 = None
    v15 = set(['ab', 7, 'ab', 7])
    class C1(dict):
        def m(self, k=None):
            return self
    v16 = C1(k=v8)
    print('collect', gc.collect())


def case_1002_21():
    print('collect', gc.collect())
    v1 = {}
    del v1
    v2 = lambda q=(): q
    print('refcount:function v2', sys.getrefcount(v2))
    class C1(list):
        def m(self, k=None):
            return self
    v3 = C1(['ab', v2])
    for i in range(12):
        setattr(v3, 'f%d' % i, i)
    print('referents:class C1', len(gc.get_referents(C1)))
    v4 = [v2]
    v2 = None
    print('refcount:list v4', sys.getrefcount(v4))
    v3.append(v4)
    v3.pop()
    print('referents:class C1', len(gc.get_referents(C1)))
    v4 = C1
    print('referents:class C1', len(gc.get_referents(C1)))
    def f_v5(x, y=1, *, z=C1) -> int:
        return x
    v5 = f_v5
    try:
        raise ValueError(v4)
    except ValueError as e:
        v6 = e
    v7 = v6.__traceback__
    print('collect', gc.collect())


def case_1002_22():
    print('collect', gc.collect())
    try:
        raise ValueError(True)
    except ValueError as e:
        v1 = e
    print('tracked:exception v1', gc.is_tracked(v1))
    print('tracked:exception v1', gc.is_tracked(v1))
    del v1
    print('collect0', gc.collect(0))
    print('collect', gc.collect())


def case_1002_23():
    print('collect', gc.collect())
    print('collect0', gc.collect(0))
    class C1(dict):
        def __del__(self):
            print('del C1')
        def m(self, k=None):
            return self
    v1 = C1(k=C1)
    v2 = C1(k=2.5)
    v1 = v2
    try:
        raise ValueError(7)
    except ValueError as e:
        v3 = e
    v2.a = v2
    v4 = v2.m
    print('collect', gc.collect())


def case_1002_24():
    print('collect1', gc.collect(1))
    print('collect1', gc.collect(1))
    print('collect0', gc.collect(0))
    def g_v1(n):
        yield 2.5
        yield n
    v1 = g_v1(-3)
    next(v1)
    def f_v2(x, y=v1, *, z='word') -> int:
        return x
    v2 = f_v2
    print('referents:generator v1', len(gc.get_referents(v1)))
    try:
        raise ValueError(v1)
    except ValueError as e:
        v3 = e
    print('collect', gc.collect())


_run('1002_0', case_1002_0)
_run('1002_1', case_1002_1)
_run('1002_2', case_1002_2)
_run('1002_3', case_1002_3)
_run('1002_4', case_1002_4)
_run('1002_5', case_1002_5)
_run('1002_6', case_1002_6)
_run('1002_7', case_1002_7)
_run('1002_8', case_1002_8)
_run('1002_9', case_1002_9)
_run('1002_10', case_1002_10)
_run('1002_11', case_1002_11)
_run('1002_12', case_1002_12)
_run('1002_13', case_1002_13)
_run('1002_14', case_1002_14)
_run('1002_15', case_1002_15)
_run('1002_16', case_1002_16)
_run('1002_17', case_1002_17)
_run('1002_18', case_1002_18)
_run('1002_19', case_1002_19)
_run('1002_20', case_1002_20)
_run('1002_21', case_1002_21)
_run('1002_22', case_1002_22)
_run('1002_23', case_1002_23)
_run('1002_24', case_1002_24)

# Found by conformance/fuzz (case 4_41) and reduced automatically; the expected outputs come from
# conformance/regenerate.
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


def case_4_41():
    class C1:
        __slots__ = ('a', 'b', '__dict__',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v1 = C1(())
    v1 = C1
    print('collect0', gc.collect(0))
    v2 = C1('ab')
    print('refcount:class v1', sys.getrefcount(v1))
    def f_v3(x):
        return (C1, x)
    v3 = f_v3
    print('tracked:class v1', gc.is_tracked(v1))
    v4 = C1('word')
    print('tracked:class C1', gc.is_tracked(C1))
    print('collect1', gc.collect(1))
    v4.a = v3
    print('dictsize:instance v2', sys.getsizeof(v2.__dict__))
    print('dicttracked:instance v2', gc.is_tracked(v2.__dict__))
    print('referents:instance v2', len(gc.get_referents(v2)))


_run('4_41', case_4_41)

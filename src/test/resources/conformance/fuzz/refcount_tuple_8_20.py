# Found by conformance/fuzz (case 8_20) and reduced automatically; the expected outputs come from
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


def case_8_20():
    v1 = (None, )
    v2 = lambda q=-3: q
    print('refcount:tuple v1', sys.getrefcount(v1))
    class C1:
        __slots__ = ('a', 'b', '__weakref__',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    print('refcount:tuple v1', sys.getrefcount(v1))


_run('8_20', case_8_20)

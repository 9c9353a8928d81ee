# Found by conformance/fuzz (case 80_84) and reduced automatically; the expected outputs come from
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


def case_80_84():
    class C1:
        __slots__ = ('a', 'b', '__dict__',)
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v2 = [2.5]
    v5 = C1(v2)
    for i in range(3):
        setattr(v5, 'f%d' % i, i)
    print('referents:instance v5', len(gc.get_referents(v5)))


_run('80_84', case_80_84)

# Found by conformance/fuzz (case 1_76) and reduced automatically; the expected outputs come from
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


def case_1_76():
    class C1:
        def __init__(self, a=None):
            self.a = a
        def m(self, k=None):
            return self
    v1 = C1(C1)
    v2 = C1(v1)
    v3 = C1(v2)
    print('dictsize:instance v3', sys.getsizeof(v3.__dict__))
    print('dicttracked:instance v3', gc.is_tracked(v3.__dict__))


_run('1_76', case_1_76)

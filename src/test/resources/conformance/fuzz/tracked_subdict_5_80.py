# Found by conformance/fuzz (case 5_80) and reduced automatically; the expected outputs come from
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


def case_5_80():
    class C1(dict):
        def m(self, k=None):
            return self
    v3 = C1(k=True)
    print('tracked:subdict v3', gc.is_tracked(v3))


_run('5_80', case_5_80)

# Found by conformance/fuzz (case 3_56) and reduced automatically; the expected outputs come from
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


def case_3_56():
    class C1(tuple):
        def __del__(self):
            print('del C1')
        def m(self, k=None):
            return self
    v2 = weakref.ref(C1)
    print('refcount:weakref v2', sys.getrefcount(v2))


_run('3_56', case_3_56)

# Found by conformance/fuzz (case 1_14) and reduced automatically; the expected outputs come from
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


def case_1_14():
    @dataclasses.dataclass
    class C1:
        a: object = None
        b: object = None
        def m(self, k=None):
            return self
    print('refcount:class C1', sys.getrefcount(C1))


_run('1_14', case_1_14)

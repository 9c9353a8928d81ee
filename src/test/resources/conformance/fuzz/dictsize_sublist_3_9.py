# Found by conformance/fuzz (case 3_9) and reduced automatically; the expected outputs come from
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


def case_3_9():
    class C1(list):
        def m(self, k=None):
            return self
    v1 = C1([C1, None])
    print('dictsize:sublist v1', sys.getsizeof(v1.__dict__))
    print('dicttracked:sublist v1', gc.is_tracked(v1.__dict__))


_run('3_9', case_3_9)

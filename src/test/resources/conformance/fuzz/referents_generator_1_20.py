# Found by conformance/fuzz (case 1_20) and reduced automatically; the expected outputs come from
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


def case_1_20():
    v2 = (y for y in [1, 2, 3])
    print('referents:generator v2', len(gc.get_referents(v2)))


_run('1_20', case_1_20)

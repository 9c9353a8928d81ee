# HeapGrader's harness for leak-fix, run after the answer. It calls leaky and fixed with one fresh, gc-tracked
# argument per call and prints, per measurement, how many more objects gc.get_objects() sees and how many more
# items module-level lists hold, after a full collection.
import gc as _heapgrader_gc


def _heapgrader_listed():
    return sum(len(v) for v in list(globals().values()) if type(v) is list)


def _heapgrader_measure(name, calls):
    function = globals().get(name)
    if not callable(function):
        print("HEAPGRADER-CALLABLE", name, "is not defined")
        return
    try:
        _heapgrader_gc.collect()
        objects = len(_heapgrader_gc.get_objects())
        listed = _heapgrader_listed()
        for i in range(calls):
            function([i])
        _heapgrader_gc.collect()
        print("HEAPGRADER-MEASURE", name, calls, len(_heapgrader_gc.get_objects()) - objects,
              _heapgrader_listed() - listed)
    except Exception as e:
        print("HEAPGRADER-CALLABLE", name, "raised", type(e).__name__)


_heapgrader_measure("leaky", 1000)
_heapgrader_measure("fixed", 1000)
_heapgrader_measure("fixed", 2000)

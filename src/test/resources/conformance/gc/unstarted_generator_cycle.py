# An unstarted generator in a cycle with a list. gc.get_referents sees the generator's frame on every version; the
# collection frees the cycle everywhere, but 3.11's generator finalizer (gen_close) runs the unstarted frame and
# frees the list during finalize_garbage, so gc.collect() does not count those objects there.
import gc
import sys
import weakref


class Probe:
    def __del__(self):
        print("del Probe")


def g(n, probe):
    yield n


class Box:
    pass


def make():
    items = Box()
    gen = g(items, Probe())
    items.gen = gen
    print("referents", len(gc.get_referents(gen)), "count", sys.getrefcount(gen))
    return weakref.ref(items, lambda r: print("callback: box gone"))


gc.collect()
ref = make()
print("alive before", ref() is not None)
print("collected", gc.collect())
print("alive after", ref() is not None)
holder = []
squares = (x * x for x in holder)
holder.append(squares)
print("genexpr referents", len(gc.get_referents(squares)))
del holder, squares
print("collected", gc.collect())

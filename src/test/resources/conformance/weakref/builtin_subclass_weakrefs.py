# type_new gives subclasses of list, dict and str a __weakref__ slot (may_add_weak); int and tuple subclasses, and
# classes with __slots__ = (), get none. subtype_dealloc runs __del__, then clears the weak references.
import gc
import sys
import weakref


class L(list):
    def __del__(self):
        print("del L")


class D(dict):
    pass


class S(str):
    pass


class I(int):
    pass


class T(tuple):
    pass


class LS(list):
    __slots__ = ()


objects = [L([1, [2]]), D(k=[1]), S("xy"), I(300), T(([1], 2)), LS([1])]
refs = []
for x in objects:
    try:
        refs.append(weakref.ref(x, lambda r: print("callback")))
        print(type(x).__name__, "weakref ok", sys.getrefcount(refs[-1]), weakref.getweakrefcount(x))
    except TypeError as e:
        print(type(x).__name__, e)
f = weakref.finalize(objects[0], print, "finalized")
print(f.alive)
del x
objects.clear()
print(f.alive, [r() is None for r in refs])
gc.collect()  # 3.13 frees a class weakref.finalize made internally here
cycle = L()
cycle.append(cycle)
w = weakref.ref(cycle, lambda r: print("cycle callback"))
del cycle
print(gc.collect(), w() is None)

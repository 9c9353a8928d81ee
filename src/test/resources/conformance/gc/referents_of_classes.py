# type_traverse visits tp_dict, tp_mro, tp_bases and tp_base: four referents for every class, whatever its bases.
import gc
import sys


class A:
    pass


class B(list):
    pass


class C(A, B):
    __slots__ = ("x",)


for cls in (A, B, C):
    print(cls.__name__, [type(r).__name__ for r in gc.get_referents(cls)])
print(gc.get_referents(C)[-1] is A)
print(any(r is C for r in gc.get_referrers(A)))
print(sys.getrefcount(A))
del C
print(gc.collect())
print(sys.getrefcount(A))

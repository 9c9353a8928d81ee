# A class that is dropped and collected gives back the reference its tp_base held to its base class
# (Objects/typeobject.c type_dealloc), whether the classes were made by type or by a metaclass.
import gc
import sys


class Base:
    pass


start = sys.getrefcount(Base)
for i in range(3):
    class Derived(Base):
        pass
    del Derived
    gc.collect()
print(sys.getrefcount(Base) - start)


class Meta(type):
    pass


class Root(metaclass=Meta):
    pass


start = sys.getrefcount(Root), sys.getrefcount(Meta)


class Leaf(Root):
    pass


print(sys.getrefcount(Root) - start[0], sys.getrefcount(Meta) - start[1])
del Leaf
gc.collect()
print(sys.getrefcount(Root) - start[0], sys.getrefcount(Meta) - start[1])

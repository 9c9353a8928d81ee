# Every base of a class keeps a weak reference to it in tp_subclasses (typeobject.c add_subclass). That is the
# class's basic weak reference, so weakref.ref(C) returns it with one reference more than for an instance, and it
# dies with the class (remove_subclass) whether the class goes by reference counting or by the collector.
import gc
import sys
import weakref


class Base:
    pass


class Mixin:
    pass


def show(label, cls):
    r = weakref.ref(cls)
    print(label, r is weakref.ref(cls), sys.getrefcount(r), weakref.getweakrefcount(cls),
          len(gc.get_referrers(r)))


def make_classes():
    class Child(Base):
        pass

    class Both(Base, Mixin):
        pass

    class Tup(tuple):
        pass

    show("Child", Child)
    show("Both", Both)
    show("Tup", Tup)
    r = weakref.ref(Child, lambda ref: print("callback: Child gone"))
    print("with callback", sys.getrefcount(r), weakref.getweakrefcount(Child))
    return r, weakref.ref(Both)


gc.collect()
child, both = make_classes()
print("alive", child() is not None, both() is not None)
print("collected", gc.collect())
print("alive", child() is not None, both() is not None)
instance = Base()
print("instance ref", sys.getrefcount(weakref.ref(instance)))

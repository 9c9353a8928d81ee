# A class made by a metaclass written in Python: its size, the references it holds to the metaclass, what the
# collector sees of it, and what happens when it is dropped.
import gc
import sys


class Meta(type):
    pass


before = sys.getrefcount(Meta)


class A(metaclass=Meta):
    pass


class B(A):
    pass


print(type(A) is Meta, type(B) is Meta)
print(sys.getrefcount(Meta) - before)
print(sys.getsizeof(A) == sys.getsizeof(type("Plain", (), {})))
print(sys.getrefcount(A), sys.getrefcount(B))
refs = gc.get_referents(A)
print(len(refs), Meta in refs, [type(r).__name__ for r in refs])
del refs
print(sorted(Meta.__dict__.keys()))

gc.collect()
del B
print(gc.collect() > 0)
print(sys.getrefcount(Meta) - before)
del A
gc.collect()
print(sys.getrefcount(Meta) - before)


class Registry(type):
    classes = []

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(cls)
        return cls


class Leaky(metaclass=Registry):
    pass


for i in range(3):
    class Temp(Leaky):
        pass
del Temp
gc.collect()
print(len(Registry.classes), [c.__name__ for c in Registry.classes])
print(sys.getrefcount(Registry.classes[1]))
Registry.classes.clear()
print(gc.collect() > 0)
print(sys.getrefcount(Registry) - 1)

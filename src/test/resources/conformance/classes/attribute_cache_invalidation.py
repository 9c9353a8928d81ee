# Class attributes change after they were looked up: every lookup must see the change (the engine caches
# lookups along the MRO, so this checks that its cache starts over whenever any class namespace changes).
class A:
    def f(self):
        return "A.f"


class B(A):
    pass


b = B()
print(b.f(), B.f.__name__)
A.f = lambda self: "patched A.f"
print(b.f())
B.f = lambda self: "B.f"
print(b.f())
del B.f
print(b.f())
del A.f
try:
    b.f()
except AttributeError as e:
    print("AttributeError:", e)
for i in range(3):
    A.counter = i
    print(B.counter, b.counter)
setattr(A, "counter", "set by setattr")
print(b.counter)
delattr(A, "counter")
print(hasattr(b, "counter"))


class D:
    pass


d = D()
D.__del__ = lambda self: print("del D, added after the class")
del d


class E:
    def __init__(self):
        print("first __init__")


E()
E.__init__ = lambda self: print("second __init__")
E()

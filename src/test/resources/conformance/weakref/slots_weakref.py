import weakref

class NoWeak:
    __slots__ = ("a",)

class WithWeak:
    __slots__ = ("a", "__weakref__")

try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError:", e)
w = WithWeak()
r = weakref.ref(w)
print("slotted with __weakref__:", r() is w)
del w
print("dead:", r())

class Sub(NoWeak):
    pass
s = Sub()
print("subclass without slots is weakrefable:", weakref.ref(s)() is s)
print("hasattr __weakref__:", hasattr(NoWeak(), "__weakref__"), hasattr(s, "__weakref__"))

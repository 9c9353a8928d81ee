class A:
    __slots__ = ("x", "__dict__")
a = A()
a.x = 1
a.y = 2
print(a.x, a.y, vars(a), hasattr(a, "__weakref__"))
class B:
    __slots__ = ("__weakref__",)
b = B()
print(hasattr(b, "__weakref__"), b.__weakref__)
try:
    b.z = 1
except AttributeError as e:
    print("AttributeError:", e)
class C(A):
    __slots__ = ("z",)
c = C()
c.x, c.z, c.extra = 1, 2, 3
print(c.x, c.z, vars(c))
try:
    class Dup(A):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError:", e)

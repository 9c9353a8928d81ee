# Reference counts seen inside dunder methods, context managers, generators and decorators.
import sys
class A:
    def method(self):
        return sys.getrefcount(self)
    @property
    def prop(self):
        return sys.getrefcount(self)
    def __len__(self):
        return sys.getrefcount(self)
    def __getitem__(self, k):
        return sys.getrefcount(self)
    def __call__(self):
        return sys.getrefcount(self)
    def __eq__(self, other):
        return sys.getrefcount(self)
    def __hash__(self):
        return 1
    def __iter__(self):
        yield sys.getrefcount(self)
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit", sys.getrefcount(self))
a = A()
print(a.method(), a.prop, len(a), a[0], a(), a == 1, list(a))
with a as b:
    print("in with", sys.getrefcount(a))
m = a.method
print(sys.getrefcount(a), sys.getrefcount(m))
del m, b
d = {a: a}
print(sys.getrefcount(a))
s = {a}
print(sys.getrefcount(a))
def gen():
    x = a
    yield sys.getrefcount(a)
    yield sys.getrefcount(a)
g = gen()
print(next(g), sys.getrefcount(a))
del g
print(sys.getrefcount(a))
def deco(f):
    def wrapper(*args, **kw):
        return f(*args, **kw)
    return wrapper
@deco
def h(x):
    return sys.getrefcount(x)
print(h(a), h(x=a))
print(sys.getrefcount(A), sys.getrefcount(A.method), sys.getrefcount(deco))
lst = [a, a, a]
print(sys.getrefcount(a), [sys.getrefcount(x) for x in lst][0])
lst2 = lst[:]
lst3 = list(lst)
lst4 = [*lst]
print(sys.getrefcount(a))
t = tuple(lst)
print(sys.getrefcount(a))
del lst, lst2, lst3, lst4, t, d, s
print(sys.getrefcount(a))
try:
    raise ValueError(a)
except ValueError as e:
    print(sys.getrefcount(a))
print(sys.getrefcount(a))

import weakref

class Obj:
    def __init__(self, n):
        self.n = n

a = Obj(1)
b = Obj(2)
table = {weakref.ref(a): "a", weakref.ref(b): "b"}
print(table[weakref.ref(a)], len(table))
ra = weakref.ref(a)
h = hash(ra)
del a
print("hash survives death:", hash(ra) == h, table.get(ra))
try:
    hash(weakref.ref(Obj(3)))
except TypeError as e:
    print("TypeError:", e)

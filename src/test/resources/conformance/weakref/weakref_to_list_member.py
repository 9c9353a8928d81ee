import weakref

class Obj:
    def __init__(self, n):
        self.n = n

items = [Obj(i) for i in range(3)]
refs = [weakref.ref(o) for o in items]
print([r().n for r in refs])
items.pop(1)
print([r() is None for r in refs])
items.clear()
print([r() is None for r in refs])

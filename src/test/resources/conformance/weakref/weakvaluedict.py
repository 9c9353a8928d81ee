import weakref

class Obj:
    def __init__(self, name):
        self.name = name

cache = weakref.WeakValueDictionary()
a = Obj("a")
b = Obj("b")
cache["a"] = a
cache["b"] = b
print("len:", len(cache), sorted(cache.keys()))
print("get:", cache["a"].name, cache.get("zz"))
del a
print("after del a:", len(cache), sorted(cache.keys()), "a" in cache)
try:
    cache["a"]
except KeyError as e:
    print("KeyError:", e)
b = None
print("after b = None:", len(cache), list(cache.items()))

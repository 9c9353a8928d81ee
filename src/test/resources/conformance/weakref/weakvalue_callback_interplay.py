import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

cache = weakref.WeakValueDictionary()
def cb(ref):
    print("callback; cache keys now:", sorted(cache.keys()))

o = Obj("v")
cache["v"] = o
r = weakref.ref(o, cb)
del o
print("end, cache size:", len(cache))

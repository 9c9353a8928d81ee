import weakref

class Obj:
    def __init__(self, name):
        self.name = name

o = Obj("target")
r = weakref.ref(o)
print("alive:", r() is o, r().name)
print("same ref object:", weakref.ref(o) is r)
print("count:", weakref.getweakrefcount(o))
del o
print("dead:", r())
print("dead is None:", r() is None)

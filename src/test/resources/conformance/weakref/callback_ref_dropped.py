import weakref

class Obj:
    pass

def cb(ref):
    print("never called")

o = Obj()
r = weakref.ref(o, cb)
print("count before:", weakref.getweakrefcount(o))
del r
print("count after dropping ref:", weakref.getweakrefcount(o))
del o
print("object gone without callback")

import weakref

class Obj:
    pass

o = Obj()
print("none:", weakref.getweakrefcount(o))
r1 = weakref.ref(o)
print("one plain:", weakref.getweakrefcount(o))
r2 = weakref.ref(o)
print("plain reused:", weakref.getweakrefcount(o), r1 is r2)
r3 = weakref.ref(o, lambda r: None)
print("with callback:", weakref.getweakrefcount(o))
print("int:", weakref.getweakrefcount(5))
del r3
print("after del r3:", weakref.getweakrefcount(o))
del r1, r2
print("after del r1, r2:", weakref.getweakrefcount(o))

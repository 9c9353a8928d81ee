import weakref

class Obj:
    pass

def bad(ref):
    print("callback raising")
    raise RuntimeError("callback failed")

o = Obj()
r = weakref.ref(o, bad)
del o
print("continues after ignored exception; r() is", r())

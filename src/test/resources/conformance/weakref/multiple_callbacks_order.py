import weakref

class Obj:
    pass

def make_cb(tag):
    def cb(ref):
        print("callback", tag)
    return cb

o = Obj()
r1 = weakref.ref(o, make_cb("first"))
r2 = weakref.ref(o, make_cb("second"))
r3 = weakref.ref(o, make_cb("third"))
plain = weakref.ref(o)
print("weakref count:", weakref.getweakrefcount(o))
print("plain shared:", plain is weakref.ref(o), r1 is r2)
del o
print("end")

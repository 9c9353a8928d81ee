import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def cb(ref):
    print("callback; ref() is", ref())

o = Obj("x")
r = weakref.ref(o, cb)
print("drop")
del o
print("after drop; r() is", r())

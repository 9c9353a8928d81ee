import weakref

class Obj:
    def __del__(self):
        print("__del__")

o = Obj()
f = weakref.finalize(o, print, "finalize callback", "with args", sep=" | ")
print("alive:", f.alive)
del o
print("alive after death:", f.alive)
print("calling dead finalizer:", f())

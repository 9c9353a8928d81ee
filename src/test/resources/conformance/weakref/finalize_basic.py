import weakref

class Obj:
    pass

def done(tag, n):
    print("finalizer ran:", tag, n)
    return tag * n

o = Obj()
f = weakref.finalize(o, done, "ab", 2)
print("alive:", f.alive)
print("call returns:", f())
print("alive after call:", f.alive)
print("second call returns:", f())
del o
print("end")

import weakref

class Obj:
    pass

o = Obj()
f = weakref.finalize(o, print, "should not run")
info = f.detach()
print("detach returned tuple of", len(info), "items; obj is o:", info[0] is o)
print("alive:", f.alive, "detach again:", f.detach())
del o, info
g_obj = Obj()
g = weakref.finalize(g_obj, print, "not at exit")
g.atexit = False
print("atexit flag:", g.atexit)
print("end")

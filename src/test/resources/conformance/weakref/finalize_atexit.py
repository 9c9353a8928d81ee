import weakref

class Obj:
    pass

keep = Obj()
weakref.finalize(keep, print, "finalizer at exit 1")
other = Obj()
weakref.finalize(other, print, "finalizer at exit 2")
gone = Obj()
weakref.finalize(gone, print, "finalizer when dropped")
del gone
print("end of script")

import weakref
class Obj:
    def __del__(self):
        print("__del__")
def cb(ref):
    print("callback")
holder = []
target = Obj()
holder.append(weakref.ref(target, cb))
r2 = weakref.ref(target, cb)
print("end")

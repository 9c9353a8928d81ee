import weakref

class Obj:
    def method(self):
        return "called"

o = Obj()
r = weakref.ref(o.method)
print("weakref to a temporary bound method is dead at once:", r() is None)
m = o.method
r2 = weakref.ref(m)
print("alive while m is bound:", r2() is not None, r2()())
del m
print("after del m:", r2())

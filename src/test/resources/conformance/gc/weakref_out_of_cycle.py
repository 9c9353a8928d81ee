import gc
gc.disable()
gc.collect()
import weakref
gc.collect()

class Target:
    def __init__(self, name):
        self.name = name

class Holder:
    pass

t = Target("outside")
h1 = Holder()
h2 = Holder()
h1.other = h2
h2.other = h1
h1.watch = weakref.ref(t, lambda r: print("callback on outside target"))
del h1, h2
print("cycle holding a weakref to a live object:", gc.collect())
print("target still alive:", t.name)
del t
print("end")

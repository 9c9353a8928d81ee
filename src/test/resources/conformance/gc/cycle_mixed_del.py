import gc
gc.disable()
gc.collect()
class WithDel:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

class Plain:
    pass

p = Plain()
w1 = WithDel("w1")
w2 = WithDel("w2")
p.a = w1
w1.b = w2
w2.c = p
del p, w1, w2
print("collected:", gc.collect())
print("second:", gc.collect())

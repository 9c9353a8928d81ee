import gc
gc.disable()
gc.collect()
saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        saved.append(self)

a = Phoenix("a")
b = Phoenix("b")
a.other = b
b.other = a
del a, b
print("first collect:", gc.collect())
print("resurrected:", [p.name for p in saved])
print("second collect:", gc.collect())
saved.clear()
print("after clearing saved:", gc.collect())
print("end")

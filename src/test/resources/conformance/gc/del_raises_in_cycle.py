import gc
gc.disable()
gc.collect()
class Bad:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        if self.name == "a":
            raise RuntimeError("finalizer of a failed")

a = Bad("a")
b = Bad("b")
a.o = b
b.o = a
del a, b
print("collected despite the exception:", gc.collect())
print("end")

import gc
gc.disable()
gc.collect()
def cb(phase, info):
    print("gc", phase, "collected =", info["collected"])

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

gc.callbacks.append(cb)
a = Node("a")
b = Node("b")
a.o = b
b.o = a
del a, b
print("returned:", gc.collect())
gc.callbacks.remove(cb)

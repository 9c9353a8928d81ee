import gc
gc.disable()
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

gc.set_debug(gc.DEBUG_SAVEALL)
a = Node("a")
a.me = a
del a
print("collected:", gc.collect())
print("garbage:", [o.name for o in gc.garbage])
gc.set_debug(0)
gc.garbage.clear()
print("freed after clearing garbage:", gc.collect())
print("end")

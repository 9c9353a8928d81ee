import gc
gc.disable()
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name

print("debug flags:", gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print("DEBUG_SAVEALL:", gc.DEBUG_SAVEALL, gc.get_debug() == gc.DEBUG_SAVEALL)
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("collected:", gc.collect())
print("garbage:", len(gc.garbage), sorted(type(o).__name__ for o in gc.garbage))
print("names:", sorted(o.name for o in gc.garbage))
print("second collect:", gc.collect(), len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print("after clear:", gc.collect(), gc.garbage)

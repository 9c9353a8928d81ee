# A generator in a cycle: from 3.12 its frame holds the generator function, collected with it.
import gc
g = (i for i in range(3))
l2 = [g]
l2.append(l2)
del g, l2
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.collect(), [type(o).__name__ for o in gc.garbage])
def gf():
    yield 1
g = gf()
l3 = [g, g]
l3.append(l3)
del g, l3
gc.garbage.clear()
print(gc.collect(), [type(o).__name__ for o in gc.garbage])

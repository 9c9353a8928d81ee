import gc
gc.disable()
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
l = [1, 2]
l.append(l)
del l
print("collected:", gc.collect())
saved = gc.garbage[0]
print("saved list intact:", len(saved), saved[0], saved[2] is saved)
gc.set_debug(0)
del gc.garbage[:]
del saved
print("freed now:", gc.collect())
print("garbage without SAVEALL stays empty:", gc.garbage)

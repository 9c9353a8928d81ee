import weakref

class Obj:
    pass

objs = [Obj() for _ in range(3)]
for i, o in enumerate(objs):
    weakref.finalize(o, print, "finalize", i)
del o
print("== pop(0)")
objs.pop(0)
print("== del list")
del objs
keep = [Obj(), Obj()]
weakref.finalize(keep[0], print, "exit finalize A")
weakref.finalize(keep[1], print, "exit finalize B")
print("end of script")

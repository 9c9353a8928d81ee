import weakref

class Obj:
    def __init__(self, name):
        self.name = name

registry = {}
def forget(ref):
    name = registry.pop(ref)
    print("forgetting", name, "remaining:", sorted(registry.values()))

objs = [Obj(n) for n in ["a", "b", "c"]]
for o in objs:
    registry[weakref.ref(o, forget)] = o.name
del o
print("drop list (last to first)")
del objs
print("registry:", registry)

import weakref

class Obj:
    def __init__(self, name):
        self.name = name

refs = []
def cb(ref):
    print("callback for ref #", refs.index(ref))

objs = [Obj(n) for n in "abc"]
for o in objs:
    refs.append(weakref.ref(o, cb))
del o
print("== del objs[0]")
del objs[0]
print("== drop list")
objs = None
print("end")

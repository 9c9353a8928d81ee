import weakref

class Obj:
    pass

seen = []
def cb(ref):
    seen.append(ref)
    print("callback got the same ref:", ref is holder[0])

o = Obj()
holder = [weakref.ref(o, cb)]
del o
print("seen:", len(seen), seen[0]() is None)

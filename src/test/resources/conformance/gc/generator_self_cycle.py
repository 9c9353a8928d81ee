import gc
gc.disable()
gc.collect()

def gen():
    try:
        me = yield "started"
        yield "holding myself"
    finally:
        print("generator finally runs inside collect")

g = gen()
print(next(g))
print(g.send(g))
del g
print("after del (cycle keeps it alive)")
print("generator whose frame holds itself:", gc.collect())

def gen2(box):
    try:
        yield box
    finally:
        print("gen2 finally")
box = []
g2 = gen2(box)
box.append(g2)
next(g2)
del g2, box
print("generator <-> list:", gc.collect())
def gen3(box):
    yield box
box = []
g3 = gen3(box)
box.append(g3)
print("unstarted generator <-> list:", end=" ")
del g3, box
print(gc.collect())

import gc
gc.disable()
gc.collect()
class Node:
    pass

def pair():
    a = Node()
    b = Node()
    a.other = b
    b.other = a
    return a

a = pair()
a.f = lambda: 1
del a
print("lambda attribute:", gc.collect())
a = pair()
a.g = (x for x in [1, 2])
del a
print("genexpr attribute:", gc.collect())
def gen():
    yield 1
a = pair()
a.g = gen()
del a
print("generator attribute:", gc.collect())

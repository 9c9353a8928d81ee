import gc
gc.disable()
gc.collect()
class Node:
    pass

def make_and_collect():
    a = Node()
    b = Node()
    a.o = b
    b.o = a
    print("inside, cycle still referenced by locals:", gc.collect())
    return "done"

print(make_and_collect())
print("after return:", gc.collect())

import gc

# Two objects that refer to each other survive `del` until the cycle collector runs.
class Node:
    pass

a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print(gc.collect() >= 2)

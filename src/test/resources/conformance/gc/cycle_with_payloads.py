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

n = 7
a = pair(); a.p = {"x": 1}; del a
print("atomic dict payload:", gc.collect())
a = pair(); a.p = {"x": []}; del a
print("dict holding a list:", gc.collect())
a = pair(); a.p = (n, n + 1); del a
print("runtime tuple of ints:", gc.collect())
a = pair(); a.p = (1, 2); del a
print("constant tuple:", gc.collect())
a = pair(); a.p = [1, 2, 3]; del a
print("list payload:", gc.collect())
a = pair(); a.p = frozenset(); a.q = set(); del a
print("empty frozenset + set:", gc.collect())
a = pair(); a.p = "text"; a.q = 10 ** 30; a.r = 1.5; del a
print("atomic payloads:", gc.collect())

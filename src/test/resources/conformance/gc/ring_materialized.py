import gc
gc.disable()
gc.collect()
class Node:
    pass

nodes = [Node() for _ in range(4)]
for i, n in enumerate(nodes):
    n.next = nodes[(i + 1) % 4]
print(len(vars(nodes[0])), len(nodes[2].__dict__))
del nodes, n
print("collected (2 of 4 dicts materialised):", gc.collect())

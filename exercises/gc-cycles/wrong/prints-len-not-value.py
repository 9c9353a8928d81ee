import gc


class Node:
    pass


names = ["a", "b"]
a, b = Node(), Node()
a.peer, b.peer = b, a
del a, b
gc.collect()
print("collected", len(names), "nodes")

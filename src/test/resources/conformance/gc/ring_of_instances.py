import gc
gc.disable()
gc.collect()
class Node:
    def __init__(self, i):
        self.i = i
        self.next = None

def ring(n):
    nodes = [Node(i) for i in range(n)]
    for i in range(n):
        nodes[i].next = nodes[(i + 1) % n]
    return nodes[0]

for size in [1, 2, 5, 10]:
    head = ring(size)
    print(size, "-> head.next.i:", head.next.i, end=" ")
    del head
    print("collected:", gc.collect())

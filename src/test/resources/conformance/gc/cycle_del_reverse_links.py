import gc
gc.disable()
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

nodes = [Node(f"n{i}") for i in range(4)]
for i in range(4):
    nodes[i].prev = nodes[i - 1]
del nodes
print("list freed; cycle remains")
print("collected:", gc.collect())

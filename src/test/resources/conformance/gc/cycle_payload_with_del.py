import gc
gc.disable()
gc.collect()
class Payload:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("payload __del__", self.name)

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("node __del__", self.name)

p1 = Payload("p1")
a = Node("a")
b = Node("b")
p2 = Payload("p2")
a.other = b
b.other = a
a.data = p2
b.data = p1
del p1, p2, a, b
print("collected:", gc.collect())

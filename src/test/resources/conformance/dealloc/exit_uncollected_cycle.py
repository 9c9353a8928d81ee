class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

import gc
gc.disable()

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del cycle node", self.name)

a = Node("a")
b = Node("b")
a.o = b
b.o = a
del a, b
plain = D("plain global")
print("end of script")

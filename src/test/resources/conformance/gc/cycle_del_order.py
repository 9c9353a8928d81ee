import gc
gc.disable()
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.next = None
    def __del__(self):
        print("__del__", self.name, "next is", self.next.name)

a = Node("a")
b = Node("b")
c = Node("c")
a.next = b
b.next = c
c.next = a
del a, b, c
print("collecting")
print("collected:", gc.collect())
print("end")

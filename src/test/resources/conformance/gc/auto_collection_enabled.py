import gc
gc.disable()
gc.collect()
deleted = 0
class Node:
    def __del__(self):
        global deleted
        deleted += 1

gc.enable()
for i in range(5000):
    a = Node()
    b = Node()
    a.o = b
    b.o = a
del a, b
print("some cycles were collected automatically:", deleted > 0)
print("not all of them yet:", deleted < 10000)
gc.disable()
gc.collect()
print("all collected in the end:", deleted == 10000)

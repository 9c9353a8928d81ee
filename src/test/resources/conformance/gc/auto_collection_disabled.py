import gc
gc.disable()
gc.collect()
deleted = 0
class Node:
    def __del__(self):
        global deleted
        deleted += 1

for i in range(3000):
    a = Node()
    b = Node()
    a.o = b
    b.o = a
del a, b
print("nothing collected while disabled:", deleted)
print("explicit collect:", gc.collect())
print("finalizers called:", deleted)

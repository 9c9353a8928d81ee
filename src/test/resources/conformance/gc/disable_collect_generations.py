import gc
gc.disable()
gc.collect()
print("enabled:", gc.isenabled())
gc.enable()
print("enabled:", gc.isenabled())
gc.disable()
print("enabled:", gc.isenabled())

class Node:
    pass
a = Node()
a.me = a
b = Node()
b.me = b
print("survive collect(0) while referenced:", gc.collect(0))
del a
print("collect(0) cannot see gen-1 garbage:", gc.collect(0))
print("collect(1):", gc.collect(1))
print("collect(1) again, b survived into gen 2:", gc.collect(1))
del b
print("collect(1) cannot see gen-2 garbage:", gc.collect(1))
print("collect(2):", gc.collect(2))

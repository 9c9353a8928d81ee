import gc
gc.disable()
gc.collect()
class Node:
    pass

n = 9
a = Node()
a.me = a
a.t = (n, n)
print("tuple tracked:", gc.is_tracked(a.t))
gc.collect()
print("tuple tracked after collect:", gc.is_tracked(a.t))
del a
print("cycle + already untracked tuple:", gc.collect())
b = Node()
b.me = b
b.t = (n, n)
del b
print("cycle + fresh tuple:", gc.collect())

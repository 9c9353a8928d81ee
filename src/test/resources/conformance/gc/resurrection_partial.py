import gc
gc.disable()
gc.collect()
keeper = None

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        global keeper
        print("__del__", self.name)
        if self.name == "b":
            keeper = self

a = Node("a")
b = Node("b")
c = Node("c")
a.n = b
b.n = c
c.n = a
del a, b, c
print("collect with one resurrecting finalizer:", gc.collect())
print("kept:", keeper.name, keeper.n.name, keeper.n.n.name)
print("is_finalized:", gc.is_finalized(keeper), gc.is_finalized(keeper.n))
keeper = None
print("collect again (no __del__ calls):", gc.collect())

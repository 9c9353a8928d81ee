import gc
gc.disable()
gc.collect()
def make():
    items = []
    def add(x):
        items.append(x)
    items.append(add)
    return add

a = make()
a(1)
del a
print("closure whose cell holds a list holding the closure:", gc.collect())

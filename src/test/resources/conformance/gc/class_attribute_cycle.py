import gc
gc.disable()
gc.collect()
def make():
    class Registry:
        items = []
    Registry.items.append(Registry)
    return Registry

R = make()
print(R.items[0] is R)
del R
print("class held by its own class attribute:", gc.collect())

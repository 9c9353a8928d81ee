import gc
gc.disable()
gc.collect()
def build():
    class Temp:
        pass
    return Temp

T = build()
print(T.__name__)
del T
print("class dropped:", gc.collect())
def build_with_method():
    class Temp2:
        def m(self):
            return 1
        x = [1, 2]
    return Temp2
T = build_with_method()
del T
print("class with method and list attr:", gc.collect())

import gc
gc.disable()
gc.collect()
def make():
    def f(acc=[]):
        return acc
    f()[:] = [f]
    return f

f = make()
print(f()[0] is f)
del f
print("function -> defaults tuple -> list -> function:", gc.collect())

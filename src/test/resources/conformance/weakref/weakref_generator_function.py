import weakref

def gen():
    yield 1

def func():
    return 1

g = gen()
rg = weakref.ref(g)
rf = weakref.ref(func)
print("generator ref alive:", rg() is g, "function ref alive:", rf() is func)
del g
print("generator ref after del:", rg())
lam = lambda: 0
rl = weakref.ref(lam, lambda r: print("lambda collected"))
lam = None
print("end")

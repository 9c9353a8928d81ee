import gc
gc.disable()
gc.collect()
def make():
    def f():
        return f
    return f

g = make()
print(g() is g, len(g.__closure__))
del g
print("recursive closure:", gc.collect())

def make_pair():
    def ping(n):
        return pong(n - 1) if n else "ping"
    def pong(n):
        return ping(n - 1) if n else "pong"
    return ping
p = make_pair()
print(p(3))
del p
print("mutual closures:", gc.collect())

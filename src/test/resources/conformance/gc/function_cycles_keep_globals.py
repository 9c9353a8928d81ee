# A function or bound method in a cycle is collected, but the module namespace every function references
# stays alive: the running module's frame holds it.
import gc


def f():
    pass


f.attr = f
del f
print("function cycle:", gc.collect())


class K:
    def m(self):
        pass


k = K()
k.bm = k.m
del k
print("bound method cycle:", gc.collect())
print(__name__, sorted(name for name in globals() if not name.startswith("__")))
print(list(globals())[:9])

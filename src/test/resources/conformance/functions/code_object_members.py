# A code object's signature and scope members: what a closure keeps (co_freevars beside __closure__),
# which locals are cells, argument counts and flags; a decorated function starts at its decorator's line.
import sys

def show(label, fn):
    c = fn.__code__
    print(label, c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount,
          c.co_nlocals, c.co_varnames, c.co_cellvars, c.co_freevars, c.co_flags, c.co_firstlineno,
          c.co_names)
def plain(a, b):
    total = a + b
    return total
def flags(a, /, b, *args, c, d=1, **kw):
    pass
def outer(x):
    y = x
    def inner(z):
        return x + y + z
    return inner
def gen(n):
    for i in range(n):
        yield i
class K:
    def method(self, v):
        self.v = v
        return len(str(v))
    @staticmethod
    def stat():
        return K
show("plain", plain)
show("flags", flags)
show("outer", outer)
show("inner", outer(1))
show("gen", gen)
show("method", K.method)
show("stat", K.stat)
show("lambda", lambda q, *r: q)
def cellarg(a):
    def get():
        return a
    return get
show("cellarg", cellarg)
def globals_and_attrs(o):
    import math
    global counter
    counter = o.attr.other + math.pi
    print(len(o))
show("names", globals_and_attrs)


def make_counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count
    return bump


counter = make_counter()
counter()
cells = dict(zip(counter.__code__.co_freevars, (c.cell_contents for c in counter.__closure__)))
print("closure keeps:", cells, make_counter.__code__.co_cellvars)
print("no free variables:", plain.__code__.co_freevars == (), type(counter.__code__.co_freevars).__name__)

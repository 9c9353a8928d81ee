# gen_traverse visits gi_name and gi_qualname (and 3.11's gi_code), then the frame until it is cleared: the
# function, the code, the locals and the value stack.
import gc


def show(label, g):
    print(label, [type(r).__name__ for r in gc.get_referents(g)])


def numbers(n):
    yield n
    yield 2


g = numbers([1])
next(g)
show("started", g)
g2 = (y for y in [1, 2])
next(g2)
show("genexpr", g2)


def outer():
    a = [1]

    def gen():
        yield a
    return gen()


g3 = outer()
next(g3)
show("closure", g3)
for _ in g:
    pass
show("finished", g)
del g, g2, g3
print(gc.collect())

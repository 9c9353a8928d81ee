def selfish():
    yield next(me)

me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def g():
    yield 1
it = g()
for v in it:
    print("for got", v)
print("iter(gen) is gen:", iter(it) is it)

def gen():
    yield 1
    raise RuntimeError("inside generator")
    yield 2

g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("caught", e)
print("exhausted:", next(g, "default"))
def bad_gen():
    yield 1
    return 1 / 0
print(list(bad_gen()))

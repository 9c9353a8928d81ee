def gen():
    print("  started")
    yield 1
    print("  resumed")
    yield 2
    print("  ending")

g = gen()
print("created, nothing printed yet")
print("running:", g.gi_running, "frame alive:", g.gi_frame is not None)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print("frame after end:", g.gi_frame)
print(g.__name__, type(g).__name__)

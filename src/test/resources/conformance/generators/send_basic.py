def accumulator():
    total = 0
    while True:
        value = yield total
        print("received", value)
        if value is None:
            break
        total += value
    return total

g = accumulator()
print("primed:", next(g))
print("send 5 ->", g.send(5))
print("send 10 ->", g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    accumulator().send(3)
except TypeError as e:
    print("TypeError:", e)

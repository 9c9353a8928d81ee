def gen():
    try:
        yield "a"
        return "ret"
    finally:
        print("finally before StopIteration")

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def counter():
    i = 0
    while i < 3:
        sent = yield i
        i = i + 1 if sent is None else sent
print([v for v in counter()])
c = counter()
print(next(c), c.send(2), next(c, "end"))

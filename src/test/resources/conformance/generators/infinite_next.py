def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def take(it, k):
    return [next(it) for _ in range(k)]

nat = naturals(5)
print(take(nat, 3), take(nat, 2))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
for v in naturals():
    if v * v > 50:
        print("first square over 50:", v)
        break

def inner():
    x = yield "inner-1"
    print("inner got", x)
    yield "inner-2"
    return "inner-result"

def outer():
    result = yield from inner()
    print("yield from returned", result)
    yield "outer-done"

g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(next(g, "finished"))
def flat(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flat(item)
        else:
            yield item
print(list(flat([1, [2, [3, 4], 5], [[6]]])))

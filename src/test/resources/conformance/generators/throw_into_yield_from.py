def inner():
    try:
        yield "i1"
        yield "i2"
    except KeyError:
        print("inner handled KeyError")
        yield "i-recovered"
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
g.close()
print("closed")

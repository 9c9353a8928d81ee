def gen():
    yield 1

g = gen()
g.close()
try:
    g.throw(ValueError("after close"))
except ValueError as e:
    print("ValueError propagates:", e)
h = gen()
try:
    h.throw(KeyError("before start"))
except KeyError as e:
    print("unstarted throw raises at once:", repr(e))
print("h exhausted:", next(h, "done"))
def catcher():
    try:
        yield "a"
    except Exception as e:
        print("caught", type(e).__name__)
        return
k = catcher()
next(k)
try:
    k.throw(TypeError)
except StopIteration:
    print("throw ended the generator: StopIteration")

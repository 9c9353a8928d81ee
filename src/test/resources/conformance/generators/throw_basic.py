def resilient():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("handled inside:", e)
            yield "recovered"

g = resilient()
print(next(g))
print("throw ->", g.throw(ValueError("bad")))
print("next ->", next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated out:", repr(e))
print("after propagate:", next(g, "dead"))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit, yielding anyway")
        yield 2

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        print("returning on close")
        return "ignored"
r = returns_on_close()
next(r)
print("close ->", r.close())

# repr, str and == of deeply nested containers raise RecursionError at CPython's C recursion budget: the Python
# limit in 3.11, 1500 levels in 3.12, 10000 in 3.13.
def nest(n):
    x = []
    for i in range(n):
        x = [x]
    return x


def nest_dict(n):
    d = {}
    for i in range(n):
        d = {'k': d}
    return d


for n in (50, 1200, 3000, 11000):
    out = []
    for name, f in (("repr", lambda: repr(nest(n))), ("eq", lambda: nest(n) == nest(n)),
                    ("str", lambda: str(nest_dict(n))), ("dict-eq", lambda: nest_dict(n) == nest_dict(n)),
                    ("tuple", lambda: repr((nest(n),)))):
        try:
            f()
            out.append(name + " ok")
        except RecursionError as e:
            out.append(name + ": " + str(e))
    print(n, out)
x = nest(30000)
try:
    print(x)
except RecursionError as e:
    print(type(e).__name__, e)
print(repr(nest(3)), nest(3) == nest(3), nest(3) == nest(4))

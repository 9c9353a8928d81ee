def show(**kw):
    for k, v in kw.items():
        print(" ", k, "=", v)
    return list(kw)

print(show(zeta=1, alpha=2, mid=3))
print(show(**{"b": 1, "a": 2}, c=3))
def both(*args, **kwargs):
    return args, kwargs
print(both(1, 2, x=3, y=4))
print(both(*[1, 2], *(3,), **{"k": 1}, **{"j": 2}))
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)

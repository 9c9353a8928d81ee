def f(a, b=2, *args, c, d=4, **kw):
    return f"a={a} b={b} args={args} c={c} d={d} kw={kw}"

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=7))
print(f(c=0, a=9))

def g(*, x, y=1):
    return x + y
print(g(x=2), g(y=5, x=1))
try:
    g(1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
try:
    g(x=1, z=2)
except TypeError as e:
    print("TypeError:", e)

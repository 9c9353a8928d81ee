def f(a, b, c=3):
    return a + b + c

def g(*, key):
    return key

class K:
    def m(self, x):
        return x

for call in [lambda: f(1), lambda: f(1, 2, 3, 4), lambda: f(1, 2, d=4), lambda: f(1, 2, a=1),
             lambda: g(1), lambda: g(), lambda: K().m(), lambda: K().m(1, 2), lambda: f()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
f(1, b=2, e=5)

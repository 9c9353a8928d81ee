x = "global"
def outer():
    x = "enclosing"
    def inner():
        print("inner sees", x)
    inner()
    def shadow():
        x = "local"
        print("shadow sees", x)
    shadow()
    print("outer still", x)
outer()

def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter_pair()
inc(); inc()
print("shared cell:", get())
def late():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print("late binding:", late())

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())

def outer():
    v = "outer"
    def middle():
        def inner():
            return v
        return inner
    v = "changed"
    return middle()()
print(outer())

def adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders()])

def broken():
    total = 0
    def add():
        total += 1
    try:
        add()
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
broken()
print(c1.__closure__ is not None, len(c1.__closure__))

def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    return wrapper

def repeat(n):
    def deco(fn):
        def run(*a):
            return [fn(*a) for _ in range(n)]
        return run
    return deco

@trace
def add(a, b=1):
    return a + b

@repeat(3)
def hi(name):
    return "hi " + name

add(2)
add(2, b=5)
print(hi("x"), add.__name__)
def f():
    "doc here"
    pass
print(f(), f.__doc__, f.__name__)
def early(x):
    if x:
        return
    return "no"
print(early(1), early(0))

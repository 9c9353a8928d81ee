# A decorator's wrapper closure keeps the original function.
import sys


def logged(func):
    def wrapper(*args):
        return func(*args)
    return wrapper


def raw(x):
    return x


print("raw:", sys.getrefcount(raw))
wrapped = logged(raw)
print("raw captured by the wrapper:", sys.getrefcount(raw))


@logged
def decorated(x):
    return sys.getrefcount(x)


obj = [1]
print("argument through the wrapper:", decorated(obj))
del wrapped
print("wrapper dropped:", sys.getrefcount(raw))

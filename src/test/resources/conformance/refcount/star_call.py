# Unpacking arguments with * and **: f(*[x]) held one more reference on 3.11.
import sys


class Box:
    pass


x = Box()


def f(a):
    return sys.getrefcount(a)


print("f(x):", f(x))
print("f(*[x]):", f(*[x]))
print("f(*(x,)):", f(*(x,)))
args = [x]
print("f(*args):", f(*args))
print("f(**{'a': x}):", f(**{"a": x}))

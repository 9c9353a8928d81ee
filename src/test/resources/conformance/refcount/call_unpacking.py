# Calls with * and ** unpacking (CALL_FUNCTION_EX): 3.11 holds extra references during the call.
import sys


class Box:
    pass


x = Box()


def pos(a):
    return sys.getrefcount(a)


def kwonly(*, a):
    return sys.getrefcount(a)


def star(*args):
    return sys.getrefcount(args[0])


def both(*args, **kwargs):
    return sys.getrefcount(kwargs["k"])


print("baseline:", sys.getrefcount(x))
kw = {"a": x}
print("held by a dict:", sys.getrefcount(x))
print("pos(**kw):", pos(**kw))
print("kwonly(**kw):", kwonly(**kw))
print("star(*[x, x]):", star(*[x, x]))
print("star(x, *[x]):", star(x, *[x]))
print("both(1, k=x):", both(1, k=x))
print("both(*[1], **{'k': x}):", both(*[1], **{"k": x}))
print("after:", sys.getrefcount(x))

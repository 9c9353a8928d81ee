# *args: the arguments are packed into a tuple, which holds one reference per slot.
import sys


class Box:
    pass


x = Box()


def count_first(*args):
    return sys.getrefcount(args[0])


def count_tuple(*args):
    return sys.getrefcount(args)


print("count_first(x):", count_first(x))
print("count_first(x, x):", count_first(x, x))
print("count_first(x, x, x):", count_first(x, x, x))
print("count_tuple(x):", count_tuple(x))
print("after:", sys.getrefcount(x))

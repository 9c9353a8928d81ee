import sys


class Box:
    pass


b = Box()
print("before", sys.getrefcount(b))
match b:
    case x:
        print("inside", sys.getrefcount(b), x is b)
print("after", sys.getrefcount(b))
del x
print("unbound", sys.getrefcount(b))

match b:
    case _:
        print("wildcard binds nothing", sys.getrefcount(b))
print("_" in globals())

# the soft keywords stay names everywhere else
match = [1, 2]
case = 3
print(match, case)


def match(*args):
    return sum(args)


print(match(1, 2), match(*[3, 4]))
_ = 5
print(_)


def local_capture(value):
    match value:
        case [first, *others]:
            return first, others, sys.getrefcount(value)
        case other:
            return other, None, sys.getrefcount(value)


print(local_capture([b, b])[0] is b, sys.getrefcount(b))
print(local_capture({"k": 1})[1:])

class Point:
    __match_args__ = ("x", "y")

    def __init__(self):
        self.x = 1
        self.y = 2


class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["x"]


class BadArgs:
    __match_args__ = (1,)


def attempt(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def too_many():
    match Point():
        case Point(a, b, c):
            return a


def none_allowed():
    match NoArgs():
        case NoArgs(a):
            return a


def list_args():
    match ListArgs():
        case ListArgs(a):
            return a


def bad_args():
    match BadArgs():
        case BadArgs(a):
            return a


def not_a_class():
    match 3:
        case len():
            return 1


def twice():
    match Point():
        case Point(a, x=b):
            return a


def builtin_two():
    match 3:
        case int(a, b):
            return a


def no_isinstance_no_error():
    match "s":
        case Point(a, b, c):
            return "not reached"
        case _:
            return "only an instance is checked for sub-patterns"


for label, fn in [("too many", too_many), ("none allowed", none_allowed), ("list", list_args),
                  ("bad", bad_args), ("not a class", not_a_class), ("twice", twice), ("int", builtin_two),
                  ("not an instance", no_isinstance_no_error)]:
    attempt(label, fn)

# A failure inside an expression spanning several lines is reported on the line of the failing part (3.11+
# instruction locations): an argument of a call, a base of a class, an item of a display.


def inverse(x):
    return 1 / x


def report(*args):
    return args


try:
    print(1,
          inverse(0))
except ZeroDivisionError:
    try:
        values = {
            "a": 1,
            "b": inverse(0),
        }
    except ZeroDivisionError:
        class A(
            missing_base
        ):
            pass

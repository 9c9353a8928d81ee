# A call spanning several lines that fails: 3.11 and 3.12 underline its first line from the call on, 3.13 prints
# each line of the call, the callee under ~ and the arguments under ^, with the middle lines abbreviated when
# there are many; a call that is the whole value of `x = f(...)` gets no markers on 3.13.


def fail(*args):
    if len(args) > 1:
        raise ValueError("too many: %d" % len(args))
    return 0


def assigned():
    x = fail(1,
             2)
    return x


def in_expression():
    y = 1 + fail(1,
                 2,
                 3,
                 4,
                 5,
                 6)
    return y


def nested_argument():
    return [fail(
        1, 2)]


try:
    assigned()
except ValueError:
    try:
        in_expression()
    except ValueError:
        nested_argument()

# The line a traceback gives: a decorator's call fails at the decorator (with markers under it), a name inside an
# expression spanning several lines fails on its own line, and 3.13 shows a class statement spanning several
# lines whole (its body abbreviated) when creating the class fails.


def rejecting(f):
    raise ValueError("rejected " + f.__name__)


def keep(f):
    return f


class Base:
    def __init_subclass__(cls, **kw):
        raise TypeError("no subclasses: " + cls.__name__)


try:
    @keep
    @rejecting
    def f(
        a):
        pass
except ValueError:
    try:
        @rejecting
        class A(
            object
        ):
            x = 1
    except ValueError:
        try:
            x = [1,
                 undefined_name]
        except NameError:
            try:
                class Child(
                        Base,
                        flag=1):
                    pass
            except TypeError:
                @keep
                @undefined_decorator
                class B:
                    pass

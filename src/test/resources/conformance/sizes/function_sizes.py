# Functions have a fixed size; closures, lambdas and methods too.
import sys


def plain():
    pass


def with_defaults(a=1, b=2, *args, **kwargs):
    return a


def outer():
    x = 1

    def inner():
        return x
    return inner


class C:
    def method(self):
        return 1


print("def:", sys.getsizeof(plain))
print("defaults:", sys.getsizeof(with_defaults))
print("lambda:", sys.getsizeof(lambda: 0))
print("closure:", sys.getsizeof(outer()))
print("cell:", sys.getsizeof(outer().__closure__[0]))
print("function in a class:", sys.getsizeof(C.method))
print("bound method:", sys.getsizeof(C().method))
print("builtin function:", sys.getsizeof(len))

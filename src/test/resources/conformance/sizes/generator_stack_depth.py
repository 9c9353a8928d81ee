# A generator's size counts its frame's stack: calls, keyword arguments, yield from and comprehensions.
import sys


def calls(xs):
    yield len(xs) + max(xs, default=0)


def keywords(xs):
    yield sorted(xs, key=abs, reverse=True)


def delegate(xs):
    yield from xs


def cleanup(xs):
    try:
        yield 1
    except ValueError:
        yield 2
    finally:
        print("cleanup")


def comprehensions(xs):
    a = [x * 2 for x in xs if x]
    b = {x: y for x in xs for y in xs}
    yield a, b


def nested(xs):
    yield [[y for y in range(x)] for x in xs]


def closure(xs):
    def inner():
        return xs
    yield inner


def method_calls(o):
    yield o.attr.method(1, 2, 3)


for fn in (calls, keywords, delegate, cleanup, comprehensions, nested, closure, method_calls):
    print(fn.__name__, sys.getsizeof(fn([])))
data = [1, 2]
print("pairs:", sys.getsizeof((x, y) for x in data for y in data if x < y))
print("call in genexpr:", sys.getsizeof(str(x) + "!" for x in data))
print("dict in genexpr:", sys.getsizeof({x: x} for x in data))
print("subscript in genexpr:", sys.getsizeof(data[x - 1] for x in data))

import gc
import sys
from functools import partial, reduce, wraps, lru_cache, cache, total_ordering, cmp_to_key


def power(base, exponent):
    return base ** exponent


square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(2), square.func is power, square.args, square.keywords, partial(power, 2)(10))
print(sys.getsizeof(square), gc.is_tracked(square), type(square).__name__)
nested = partial(partial(power, 3), 4)
print(nested(), nested.args, nested.func is power)
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError', e)


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@logged
def greet(name):
    """Says hello."""
    return 'hello ' + name


print(greet('ada'), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)
calls = []


@lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * n


print(slow(1), slow(2), slow(1), slow(3), slow(2), calls)
print(slow.cache_info())
slow.cache_clear()
print(slow.cache_info())


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().currsize)


@lru_cache
def plain(x):
    return x + 1


print(plain(1), plain(1), plain.cache_info().hits)


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


print(Version(1) < Version(2), Version(2) > Version(1), Version(1) <= Version(1), Version(3) >= Version(4))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
item = [1]
before = sys.getrefcount(item)
p = partial(print, item)
print(sys.getrefcount(item) - before)
del p
print(sys.getrefcount(item) - before)

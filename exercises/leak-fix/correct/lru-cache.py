import functools

results = []


def square(n):
    return n * n


@functools.lru_cache(maxsize=32)
def cached_square(n):
    return n * n


def leaky(item):
    results.append(square(item[0]))
    results.append(item)


def fixed(item):
    return cached_square(item[0] % 10)

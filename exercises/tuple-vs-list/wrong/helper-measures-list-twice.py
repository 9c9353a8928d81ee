import sys


def footprint(items):
    return sys.getsizeof(list(items)), sys.getsizeof(list(items))


t, l = footprint((5, 6, 7))
print(t, l, t < l)

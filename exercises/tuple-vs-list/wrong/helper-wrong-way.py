import sys


def footprint(items):
    return sys.getsizeof(tuple(items)), sys.getsizeof(list(items))


t, l = footprint([10, 20, 30])
print("tuple:", t, "list:", l)
print("tuple is smaller:", l < t)

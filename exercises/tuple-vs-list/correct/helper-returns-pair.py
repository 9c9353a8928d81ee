import sys


def footprint(items):
    """Sizes of a tuple and a list holding the same items."""
    return sys.getsizeof(tuple(items)), sys.getsizeof(list(items))


t, l = footprint([10, 20, 30])
print("tuple:", t, "list:", l)
print(t < l)

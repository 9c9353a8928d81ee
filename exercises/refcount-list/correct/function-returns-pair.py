import sys


class Box:
    pass


def measure_store(obj, target):
    before = sys.getrefcount(obj)
    target.append(obj)
    after = sys.getrefcount(obj)
    return before, after


box = Box()
store = []
b, a = measure_store(box, store)
print("before", b, "after", a, "increase", a - b)

# global and nonlocal rebinding.
import sys

current = [1]


def replace():
    global current
    old = current
    current = [2]
    return sys.getrefcount(old)


keep = current
print("old list held by the local and keep:", replace())
print("old list after:", sys.getrefcount(keep))
print("new list:", sys.getrefcount(current))


def outer():
    box = [3]

    def inner():
        nonlocal box
        box = [4]

    saved = box
    inner()
    return sys.getrefcount(saved), sys.getrefcount(box)


print("nonlocal:", outer())

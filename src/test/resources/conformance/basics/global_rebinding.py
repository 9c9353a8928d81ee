# Globals and builtins looked up again and again by the same function while the program rebinds, deletes and
# shadows them (the interpreter caches LOAD_GLOBAL while no namespace changes).
import sys


def show():
    return [len("abc"), factor, helper(2)]


def helper(n):
    return n * factor


factor = 3
print(show(), show())
factor = 10
print(show())
helper = lambda n: -n
print(show())


def len(x):
    return "shadowed " + str(x)


print(show())
del len
print(show())
del factor
try:
    show()
except NameError as e:
    print("NameError:", e)
factor = 7
print(show())


def count(n):
    return 0 if n == 0 else 1 + count(n - 1)


print(count(50), sys.getrefcount(count))
recurse = count


def count(n):
    return -1


print(recurse(5), sys.getrefcount(recurse), sys.getrefcount(count))
globals()["factor"] = 100
print(show())
globals().update(factor=1000)
print(show())
for i in range(3):
    factor = i
    print(show())

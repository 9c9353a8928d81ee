# Function objects are referenced by their name and by anything storing them.
import sys


def work():
    return 1


print("def:", sys.getrefcount(work))
handlers = [work, work]
print("in a list twice:", sys.getrefcount(work))
table = {"run": work}
print("in a dict:", sys.getrefcount(work))
square = lambda n: n * n
print("lambda:", sys.getrefcount(square))
fns = [square]
print("lambda in a list:", sys.getrefcount(square))
del handlers, table
print("containers gone:", sys.getrefcount(work))

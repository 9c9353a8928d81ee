# Does a live generator keep its function (and its iterable argument) referenced?
import sys


def numbers():
    yield 1
    yield 2


before = sys.getrefcount(numbers)
g = numbers()
print("generator created, function delta:", sys.getrefcount(numbers) - before)
next(g)
print("suspended, function delta:", sys.getrefcount(numbers) - before)
del g
print("generator dropped, function delta:", sys.getrefcount(numbers) - before)
data = [1, 2, 3]
ge = (x for x in data)
print("genexpr over data, list refcount:", sys.getrefcount(data))
next(ge)
print("genexpr started:", sys.getrefcount(data))
del ge
print("genexpr dropped:", sys.getrefcount(data))

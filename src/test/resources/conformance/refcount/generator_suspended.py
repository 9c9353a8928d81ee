# A suspended generator's frame keeps its locals alive.
import sys


def walk(seq):
    for x in seq:
        yield len(x)


data = [[1], [2, 2]]
print("before:", sys.getrefcount(data))
g = walk(data)
print("generator created, not started:", sys.getrefcount(data))
print(next(g))
print("suspended inside the loop:", sys.getrefcount(data), sys.getrefcount(data[0]))
print(next(g))
print("second item:", sys.getrefcount(data[1]))
print(list(g))
print("exhausted:", sys.getrefcount(data))

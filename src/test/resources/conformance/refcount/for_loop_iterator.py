# A for loop's iterator holds the container while the loop runs.
import sys

items = [[1], [2], [3]]
print("before loop:", sys.getrefcount(items))
for x in items:
    print("during loop, container:", sys.getrefcount(items))
    break
print("after break:", sys.getrefcount(items))
it = iter(items)
print("explicit iterator:", sys.getrefcount(items))
next(it)
print("iterator advanced:", sys.getrefcount(items))
del it
print("iterator deleted:", sys.getrefcount(items))

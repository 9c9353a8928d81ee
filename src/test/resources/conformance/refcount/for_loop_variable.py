# The loop variable holds the current item, and keeps the last one after the loop.
import sys

items = [[1], [2], [3]]
for item in items:
    print("item", item, "refcount:", sys.getrefcount(item))
print("after loop, last item:", sys.getrefcount(items[-1]))
print("first item:", sys.getrefcount(items[0]))
del item
print("loop variable deleted:", sys.getrefcount(items[-1]))

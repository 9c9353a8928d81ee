# enumerate keeps its result tuple, which adds a reference to the current item.
import sys

items = [[1], [2], [3]]
for i, v in enumerate(items):
    print(i, "item refcount:", sys.getrefcount(v))
print("after loop:", sys.getrefcount(items[-1]))
for v in items:
    print("plain loop:", sys.getrefcount(v))

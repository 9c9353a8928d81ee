# zip also reuses its result tuple.
import sys

left = [[1], [2]]
right = [[3], [4]]
for a, b in zip(left, right):
    print("zip:", sys.getrefcount(a), sys.getrefcount(b))
print("after zip loop:", sys.getrefcount(left[-1]), sys.getrefcount(right[-1]))
print("lists:", sys.getrefcount(left), sys.getrefcount(right))

# Lesson cell: how many references does a list have?
import sys

a = [1, 2, 3]
# getrefcount counts its own argument too, so a lone name shows 2.
print("refcount of a:", sys.getrefcount(a))

b = a
print("after b = a:", sys.getrefcount(a))
print("a is b:", a is b)

del b
print("after del b:", sys.getrefcount(a))

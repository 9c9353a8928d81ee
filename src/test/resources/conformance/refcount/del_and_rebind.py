# del removes a name; rebinding a name drops the old object's reference.
import sys

a = [1]
b = a
c = a
print("three names:", sys.getrefcount(a))
del b
print("del b:", sys.getrefcount(a))
c = [2]
print("c rebound to a new list:", sys.getrefcount(a), sys.getrefcount(c))
c = a
print("c back to a:", sys.getrefcount(a), sys.getrefcount(c))
del a, c
try:
    print(a)
except NameError as e:
    print("NameError:", e)

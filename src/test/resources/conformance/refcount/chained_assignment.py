# a = b = c = obj binds three names to one object.
import sys

a = b = c = [0]
print("three names:", sys.getrefcount(a))
x = y = []
print("two names:", sys.getrefcount(x))
a = b = None
print("two rebound:", sys.getrefcount(c))
values = [c] * 2
print("plus two list slots:", sys.getrefcount(c))

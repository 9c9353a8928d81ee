# Module globals: each name bound to the object adds one reference.
import sys

data = [10, 20, 30]
print("one name:", sys.getrefcount(data))
alias = data
print("two names:", sys.getrefcount(data))
third = alias
print("three names:", sys.getrefcount(data))
alias = None
print("alias rebound:", sys.getrefcount(data))
del third
print("third deleted:", sys.getrefcount(data))

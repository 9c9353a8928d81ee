# Module globals live in a dict: globals() returns that same dict.
import sys

value = [1, 2]
g = globals()
print("value:", sys.getrefcount(value))
print("same object through globals():", g["value"] is value, sys.getrefcount(value))
g["copy_of_value"] = value
print("bound through globals():", sys.getrefcount(value))
del g["copy_of_value"]
print("unbound again:", sys.getrefcount(value))
print("the module dict itself is referenced by the module:", sys.getrefcount(g) > 2)

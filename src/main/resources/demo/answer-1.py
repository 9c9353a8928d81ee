import sys

# A list referenced by two names: sys.getrefcount adds one for its own argument.
data = [1, 2, 3]
alias = data
print(sys.getrefcount(data))
del alias
print(sys.getrefcount(data))

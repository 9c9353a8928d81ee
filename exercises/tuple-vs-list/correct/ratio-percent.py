import sys

data = tuple(range(8))
t = sys.getsizeof(data)
l = sys.getsizeof(list(data))
print(f"tuple {t} B, list {l} B")
print(f"the list is {l / t:.0%} of the tuple")

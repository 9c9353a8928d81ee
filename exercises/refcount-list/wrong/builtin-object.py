import sys

numbers = [1, 2, 3]
before = sys.getrefcount(numbers)
holder = []
holder.append(numbers)
after = sys.getrefcount(numbers)
print("before:", before, "after:", after)

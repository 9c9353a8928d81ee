import sys


class Item:
    pass


item = Item()
shelf = []
counts = [sys.getrefcount(item)]
for _ in range(3):
    shelf.append(item)
    counts.append(sys.getrefcount(item))
for i in range(1, len(counts)):
    print(f"store {i}: {counts[i - 1]} -> {counts[i]}")

import sys


class Item:
    pass


item = Item()
before = sys.getrefcount(Item)
items = [item]
after = sys.getrefcount(Item)
print(f"{before=} {after=}")

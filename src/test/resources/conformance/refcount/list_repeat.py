# [o] * 3 stores the same object three times.
import sys


class Item:
    pass


o = Item()
row = [o] * 3
print("[o] * 3:", sys.getrefcount(o))
grid = [row] * 4
print("row in [row] * 4:", sys.getrefcount(row))
print("o unchanged:", sys.getrefcount(o))
bigger = row * 2
print("row * 2:", sys.getrefcount(o))
row *= 2
print("row *= 2:", sys.getrefcount(o))

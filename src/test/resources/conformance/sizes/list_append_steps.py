# Every step of the first ten appends.
import sys

items = []
for word in ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]:
    items.append(word)
    print(len(items), sys.getsizeof(items))

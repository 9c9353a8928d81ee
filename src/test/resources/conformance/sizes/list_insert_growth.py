# insert grows the list like append.
import sys

lst = []
for i in range(12):
    lst.insert(0, i)
    print("insert ->", len(lst), sys.getsizeof(lst))
lst.insert(5, -1)
print("insert in the middle ->", len(lst), sys.getsizeof(lst))

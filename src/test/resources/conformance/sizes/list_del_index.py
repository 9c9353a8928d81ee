# del lst[i]: 3.13 never shrinks the buffer for a single index.
import sys

lst = list(range(40))
lst.append(40)
print("start", len(lst), sys.getsizeof(lst))
while len(lst) > 1:
    del lst[0]
    if len(lst) % 4 == 0:
        print("len", len(lst), "size", sys.getsizeof(lst))
del lst[0]
print("emptied by del:", len(lst), sys.getsizeof(lst))

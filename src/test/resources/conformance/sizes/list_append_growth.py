# list.append over-allocates: the capacity jumps at lengths 1, 5, 9, 17, 25, 33, 41, 53, 65, ...
import sys

lst = []
print("len", len(lst), "size", sys.getsizeof(lst))
last = sys.getsizeof(lst)
for i in range(100):
    lst.append(i)
    size = sys.getsizeof(lst)
    if size != last:
        print("len", len(lst), "size", size)
        last = size
print("final len", len(lst), "size", sys.getsizeof(lst))

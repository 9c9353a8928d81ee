# pop shrinks the buffer when the list falls below half its capacity.
import sys

lst = list(range(100))
print("start", len(lst), sys.getsizeof(lst))
last = sys.getsizeof(lst)
while lst:
    lst.pop()
    size = sys.getsizeof(lst)
    if size != last:
        print("len", len(lst), "size", size)
        last = size

# remove() shrinks like pop.
import sys

lst = list(range(20))
lst.append(20)
print("start", len(lst), sys.getsizeof(lst))
for v in range(21):
    lst.remove(v)
    print("remove", v, "->", len(lst), sys.getsizeof(lst))

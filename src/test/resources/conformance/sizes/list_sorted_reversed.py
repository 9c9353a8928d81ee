# sorted() copies with exact (even-rounded) allocation; sort() keeps the buffer.
import sys

for n in (1, 3, 5, 7, 10):
    print("sorted of", n, ":", sys.getsizeof(sorted(range(n, 0, -1))))
lst = []
for i in range(5):
    lst.append(i)
before = sys.getsizeof(lst)
lst.sort(reverse=True)
print("sort() in place:", before, sys.getsizeof(lst))
lst.reverse()
print("reverse() in place:", sys.getsizeof(lst))
print("list(reversed(lst)):", sys.getsizeof(list(reversed(lst))))
print("sorted('banana'):", sys.getsizeof(sorted("banana")))

# After pop() empties a list, 3.12+ frees the buffer, so the next extend allocates exactly.
import sys

lst = [1, 2, 3]
lst.pop()
lst.pop()
print("one left:", sys.getsizeof(lst))
lst.pop()
print("popped empty:", sys.getsizeof(lst))
lst.extend([7])
print("extend one:", sys.getsizeof(lst))
one = [5]
one.pop()
print("single-item list popped:", sys.getsizeof(one))
one.extend([6])
print("then extend one:", sys.getsizeof(one))

# clear() frees the buffer; the list then allocates from scratch.
import sys

lst = list(range(30))
print("before clear:", sys.getsizeof(lst))
lst.clear()
print("after clear:", sys.getsizeof(lst))
lst.extend([1, 2, 3])
print("extend 3 after clear:", sys.getsizeof(lst))
lst.clear()
lst.append(1)
print("append after clear:", sys.getsizeof(lst))
lst2 = [1, 2, 3, 4, 5]
lst2 = []
print("rebinding to [] makes a new list:", sys.getsizeof(lst2))

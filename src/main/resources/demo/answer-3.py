import sys

# An empty list and a list of three: the list object itself grows by one pointer per slot.
print(sys.getsizeof([]))
print(sys.getsizeof([1, 2, 3]))

# Views and iterators are small fixed-size objects.
import sys

d = {i: i for i in range(100)}
print("d.keys():", sys.getsizeof(d.keys()))
print("d.values():", sys.getsizeof(d.values()))
print("d.items():", sys.getsizeof(d.items()))
print("iter(d):", sys.getsizeof(iter(d)))
lst = list(range(100))
print("iter(list):", sys.getsizeof(iter(lst)))
print("reversed(list):", sys.getsizeof(reversed(lst)))
print("iter(tuple):", sys.getsizeof(iter((1, 2))))
print("enumerate:", sys.getsizeof(enumerate(lst)))
print("zip:", sys.getsizeof(zip(lst, lst)))
print("map:", sys.getsizeof(map(str, lst)))
print("slice(1, 2):", sys.getsizeof(slice(1, 2)))

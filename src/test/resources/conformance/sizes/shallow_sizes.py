# getsizeof is shallow: contents are not counted.
import sys

small = [1, 2, 3]
big_items = ["x" * 1000, "y" * 1000, "z" * 1000]
print("ints:", sys.getsizeof(small))
print("long strings:", sys.getsizeof(big_items))
nested = [[0] * 1000]
print("list holding a big list:", sys.getsizeof(nested))
d = {"k": list(range(1000))}
print("dict holding a big list:", sys.getsizeof(d))
total = sys.getsizeof(big_items) + sum(sys.getsizeof(s) for s in big_items)
print("deep total by hand:", total)

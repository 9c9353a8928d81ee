import sys

pair_t = ("x", "y")
pair_l = ["x", "y"]
a = sys.getsizeof(pair_t)
b = sys.getsizeof(pair_l)
print("tuple: %d bytes, list: %d bytes, tuple smaller: %s" % (a, b, a < b))

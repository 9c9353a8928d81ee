import sys

t = (1, 2, 3, 4)
l = [1, 2, 3, 4]
print("sizes:", sys.getsizeof(t), sys.getsizeof(l))
print("tuple is smaller:", len(t) < len(l))

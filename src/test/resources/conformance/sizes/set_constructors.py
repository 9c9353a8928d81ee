# Constant set displays and set(set) merge in bulk; range, lists and comprehensions add one by one.
import sys

a, b, c, d, e = 1, 2, 3, 4, 5
print("{1, 2, 3, 4, 5}:", sys.getsizeof({1, 2, 3, 4, 5}))
print("{a, b, c, d, e}:", sys.getsizeof({a, b, c, d, e}))
print("set(range(5)):", sys.getsizeof(set(range(5))))
print("set([1, 2, 3, 4, 5]):", sys.getsizeof(set([1, 2, 3, 4, 5])))
print("{x for x in range(5)}:", sys.getsizeof({x for x in range(5)}))
src = set(range(5))
print("set(src):", sys.getsizeof(set(src)))
print("src.copy():", sys.getsizeof(src.copy()))
for n in (16, 19, 32, 64):
    one_by_one = set(range(n))
    print("n =", n, " one by one:", sys.getsizeof(one_by_one), " merged:", sys.getsizeof(set(one_by_one)))

# Dicts built by literals, dict(), zip, keyword arguments and comprehensions.
import sys

print("{}:", sys.getsizeof({}))
print("dict():", sys.getsizeof(dict()))
print("{'a': 1}:", sys.getsizeof({"a": 1}))
print("{1: 'a'}:", sys.getsizeof({1: "a"}))
print("dict(a=1, b=2):", sys.getsizeof(dict(a=1, b=2)))
keys = ["k%d" % i for i in range(8)]
print("dict(zip(8 keys)):", sys.getsizeof(dict(zip(keys, range(8)))))
print("dict of 8 pairs:", sys.getsizeof(dict([(k, 0) for k in keys])))
print("comprehension of 8:", sys.getsizeof({k: 0 for k in keys}))
print("int comprehension of 12:", sys.getsizeof({i: i for i in range(12)}))
print("literal of 6 str keys:", sys.getsizeof({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}))

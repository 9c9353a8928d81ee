# The first non-str key converts a str-keyed table to general entries.
import sys

d = {"a": 1}
print("one str key:", sys.getsizeof(d))
d[1] = 2
print("then an int key:", sys.getsizeof(d))
d["b"] = 3
print("then another str key:", sys.getsizeof(d))
e = {}
e[1.5] = 0
print("float key first:", sys.getsizeof(e))
e["x"] = 1
print("then a str key:", sys.getsizeof(e))
f = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
f[None] = 6
print("five str keys then None:", sys.getsizeof(f))

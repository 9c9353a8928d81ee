# bytearray over-allocates as it grows.
import sys

ba = bytearray()
print("empty:", len(ba), sys.getsizeof(ba))
for i in range(12):
    ba.append(65 + i)
    print("append ->", len(ba), sys.getsizeof(ba))
print("bytearray(b'abc'):", sys.getsizeof(bytearray(b"abc")))
print("bytearray(10):", sys.getsizeof(bytearray(10)))
ba.extend(b"z" * 50)
print("extend 50:", len(ba), sys.getsizeof(ba))
ba.clear()
print("clear:", len(ba), sys.getsizeof(ba))

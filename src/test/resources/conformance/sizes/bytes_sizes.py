# bytes: a fixed header plus one byte per item (and a NUL).
import sys

for n in (0, 1, 2, 10, 100):
    print("bytes len", n, ":", sys.getsizeof(b"x" * n))
print("b'abc':", sys.getsizeof(b"abc"))
print("bytes(5):", sys.getsizeof(bytes(5)))
print("'h\\xe9'.encode():", sys.getsizeof("h\xe9".encode()))
print("bytes(range(20)):", sys.getsizeof(bytes(range(20))))

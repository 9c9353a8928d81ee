# ASCII strings: a fixed header plus one byte per character (and the terminating NUL).
import sys

for n in (0, 1, 2, 5, 10, 100, 1000):
    s = "a" * n
    print("ascii len", n, ":", sys.getsizeof(s))
print("'hello':", sys.getsizeof("hello"))
print("str(12345):", sys.getsizeof(str(12345)))
print("'a' + 'b' * 9:", sys.getsizeof("a" + "b" * 9))

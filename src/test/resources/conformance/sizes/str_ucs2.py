# UCS-2 strings (max code point up to U+FFFF): two bytes per character.
import sys

for n in (1, 2, 3, 10, 100):
    s = "\u0101" * n
    print("ucs-2 len", n, ":", sys.getsizeof(s))
print("'\\u20ac' * 4:", sys.getsizeof("\u20ac" * 4))
print("'abc\\u4e2d':", sys.getsizeof("abc\u4e2d"))
print("'\\uffff':", sys.getsizeof("\uffff"))

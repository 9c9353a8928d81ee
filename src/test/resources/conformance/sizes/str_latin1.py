# Latin-1 strings (max code point 128..255): one byte per character, a larger header.
import sys

for n in (2, 3, 10, 100):
    s = "\xe9" * n
    print("latin-1 len", n, ":", sys.getsizeof(s))
print("'caf\\xe9':", sys.getsizeof("caf\xe9"))
print("'\\xff' * 5:", sys.getsizeof("\xff" * 5))
print("'a' * 9 + '\\x80':", sys.getsizeof("a" * 9 + "\x80"))

# UCS-4 strings (a code point above U+FFFF): four bytes per character.
import sys

for n in (1, 2, 3, 10, 100):
    s = "\U0001F600" * n
    print("ucs-4 len", n, ":", sys.getsizeof(s))
print("'a' + U+10000:", sys.getsizeof("a" + "\U00010000"))
print("'\\U0010ffff':", sys.getsizeof("\U0010ffff"))

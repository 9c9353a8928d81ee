# Single Latin-1 characters are cached singletons; since 3.12 they carry a UTF-8 copy.
import sys

print("chr(233):", sys.getsizeof(chr(233)))
print("'\\xe9':", sys.getsizeof("\xe9"))
print("chr(128):", sys.getsizeof(chr(128)))
print("chr(255):", sys.getsizeof(chr(255)))
print("chr(97):", sys.getsizeof(chr(97)))
print("'\\xe9\\xe9':", sys.getsizeof("\xe9\xe9"))

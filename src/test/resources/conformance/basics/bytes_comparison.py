# bytes compare by value (unsigned bytes, then length) and hash as the same characters would; a bytearray
# compares with both bytes and bytearray and is unhashable; neither equals a str.
import sys

built = bytes([97, 98])
print(built == b"ab", built != b"ab", built < b"ac", b"ab" <= built, built > b"a", b"\xff" > b"\x01")
print(hash(built) == hash(b"ab"), hash(b"ab") == hash("ab"), {built: 1}.get(b"ab"), b"ab" in {built})
print(b"abc".upper() == b"ABC", b"a" * 3 == b"aaa", sorted([b"b", b"a", bytes([99]), b"ab"]))
mutable = bytearray(b"raw")
print(mutable == b"raw", b"raw" == mutable, mutable != b"raw", mutable == bytearray(b"raw"), mutable < b"rax")
print(bytearray(b"ab") < bytearray(b"b"), bytearray(b"z") > b"a", b"x" == "x", bytearray(b"x") == "x")
try:
    hash(mutable)
except TypeError as e:
    print(e)
try:
    b"a" < "a"
except TypeError as e:
    print(e)
seen = {b"key": [1, 2]}
lookup = bytes(b"key")
print(seen[lookup], sys.getrefcount(seen[lookup]))

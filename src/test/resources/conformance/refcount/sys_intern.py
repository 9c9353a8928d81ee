# sys.intern: the first string of a value becomes the interned one and later equal strings give it back;
# 3.12 makes interned strings immortal, 3.11 and 3.13 keep counting their references.
import sys

s = "".join(["hello ", "world!"])
print(sys.getrefcount(s))
t = sys.intern(s)
print(t is s, sys.getrefcount(s))
u = sys.intern("".join(["hello ", "world!"]))
print(u is s, sys.getrefcount(s))
del t, u
print(sys.getrefcount(s))
x = "".join(["a", "b"])
print(sys.intern(x) is x, sys.intern("ab") is x, sys.intern(x) is sys.intern("ab"))
del s
again = sys.intern("".join(["hello ", "world!"]))
print(sys.getrefcount(again))
try:
    sys.intern(b"bytes")
except TypeError as e:
    print("TypeError:", e)

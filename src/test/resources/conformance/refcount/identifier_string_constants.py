# Identifier-like string literals are interned by the compiler. On 3.11 and 3.13 the interned table holds no
# counted reference (3.12 makes them immortal instead), so such a literal counts as any other literal: its code
# object's constants, the main script's AST arena, the name and the argument.
import sys

s = "hello"
print("identifier literal:", sys.getrefcount(s))
t = "hello_world_id"
print("longer identifier literal:", sys.getrefcount(t))
u = "hello world!"
print("non-identifier literal:", sys.getrefcount(u))
v = "hello"
print("same literal twice:", sys.getrefcount(s), s is v)


def greeting():
    return "greetings"


w = "greetings"
print("also a function's constant:", sys.getrefcount(w), greeting() is w)
del v
print("one name fewer:", sys.getrefcount(s))
built = "".join(["hel", "lo"])
print("built at runtime:", sys.getrefcount(built), built is s)
same = sys.intern(built)
print("interned at runtime:", same is s, sys.getrefcount(s))

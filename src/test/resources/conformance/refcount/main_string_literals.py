# A non-identifier string literal versus strings built at runtime.
import sys

s = "hello world!"
print("literal with a space:", sys.getrefcount(s))
t = "hello" + " " + "world?"
print("constant-folded literal:", sys.getrefcount(t))
u = " ".join(["hello", "there!"])
print("joined at runtime:", sys.getrefcount(u))
v = u.upper()
print("method result:", sys.getrefcount(v), len(v))
w = v
print("second name:", sys.getrefcount(v))

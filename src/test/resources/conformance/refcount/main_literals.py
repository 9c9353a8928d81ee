# Literals in the main script carry one hidden reference (the compiler's AST is alive while __main__ runs).
import sys

x = 1000
print("x = 1000:", sys.getrefcount(x))
y = int("1000")
print("int('1000') built at runtime:", sys.getrefcount(y))
print("equal but distinct:", x == y, x is y)
f = 6.25
print("float literal:", sys.getrefcount(f))
g = float("6.25")
print("float built at runtime:", sys.getrefcount(g))
print("literal passed directly:", sys.getrefcount(98765))

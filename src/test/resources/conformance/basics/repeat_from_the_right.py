# binary_op1 tries the right operand's slot too: n * sequence repeats a tuple or bytes as it does a list or str
# (sq_repeat through the right operand), and a count of one gives back the tuple or bytes itself.
import sys

t = (1, 2)
b = b"ab"
print(3 * t, 2 * b, -1 * t, 0 * b, True * t)
print(1 * t is t, t * 1 is t, 1 * b is b)
before = sys.getrefcount(t)
same = 1 * t
print(sys.getrefcount(t) - before)
print(2 * [0], 2 * "xy", 2 * (), (2 * t) * 2)
try:
    2.0 * t
except TypeError as e:
    print(e)
try:
    t * 2.0
except TypeError as e:
    print(e)

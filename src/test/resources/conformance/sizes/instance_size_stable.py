# An instance's own size does not change as attributes are added; its dict does.
import sys


class Thing:
    pass


t = Thing()
print("no attributes:", sys.getsizeof(t))
t.a = 1
t.b = [1, 2, 3]
t.c = "x" * 100
print("three attributes:", sys.getsizeof(t))
print("its __dict__:", sys.getsizeof(t.__dict__))
print("after reading __dict__:", sys.getsizeof(t))
del t.b
print("after del t.b:", sys.getsizeof(t), sys.getsizeof(t.__dict__))
t.__dict__ = {"z": 1}
print("dict replaced:", sys.getsizeof(t), sys.getsizeof(t.__dict__))

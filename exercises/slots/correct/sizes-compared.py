import sys


class Plain:
    def __init__(self):
        self.a, self.b, self.c, self.d, self.e = 1, 2, 3, 4, 5


class Slotted:
    __slots__ = ("a", "b", "c", "d", "e")

    def __init__(self):
        self.a, self.b, self.c, self.d, self.e = 1, 2, 3, 4, 5


s = Slotted()
print("slotted instance:", sys.getsizeof(s), "bytes")
print("plain has __dict__:", hasattr(Plain(), "__dict__"), "- slotted has:", hasattr(s, "__dict__"))

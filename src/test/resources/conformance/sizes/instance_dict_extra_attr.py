# After many instances, a new attribute name no longer fits the shared keys.
import sys


class P:
    def __init__(self):
        self.a = 1
        self.b = 2


ps = [P() for _ in range(30)]
last = ps[-1]
print("30th instance:", sys.getsizeof(last.__dict__))
last.c = 3
print("third attribute:", sys.getsizeof(last.__dict__))
last.d = 4
print("fourth attribute:", sys.getsizeof(last.__dict__))
print("another instance:", sys.getsizeof(P().__dict__))

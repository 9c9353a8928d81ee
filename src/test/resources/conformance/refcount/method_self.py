# self inside methods.
import sys


class Counter:
    def __init__(self):
        print("in __init__:", sys.getrefcount(self))
        self.n = 0

    def show(self):
        return sys.getrefcount(self)

    def chain(self):
        return self.show()


c = Counter()
print("after construction:", sys.getrefcount(c))
print("c.show():", c.show())
print("c.chain():", c.chain())
print("Counter.show(c):", Counter.show(c))
print("Counter().show():", Counter().show())

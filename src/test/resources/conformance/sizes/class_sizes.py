# Class objects themselves.
import sys


class Plain:
    pass


class Slotted:
    __slots__ = ('a',)


class WithMethods:
    def a(self):
        pass

    def b(self):
        pass


class Child(Plain):
    pass


print("Plain:", sys.getsizeof(Plain))
print("Slotted:", sys.getsizeof(Slotted))
print("WithMethods:", sys.getsizeof(WithMethods))
print("Child:", sys.getsizeof(Child))
print("int:", sys.getsizeof(int))
print("object:", sys.getsizeof(object))

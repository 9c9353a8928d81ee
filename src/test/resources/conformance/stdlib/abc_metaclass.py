# abc.ABCMeta is a metaclass: classes made with it (or through ABC) are its instances, object creation refuses a
# class with abstract methods left, and a class holds a reference to ABCMeta like any class made by a metaclass.
import gc
import sys
from abc import ABC, ABCMeta, abstractmethod


class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class Half(Shape):
    def area(self):
        return 0


print(type(Shape).__name__, type(ABC).__name__, type(Square).__name__, isinstance(Square, ABCMeta))
print(Square(2).area(), sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Base(ABC):
    @abstractmethod
    def run(self):
        ...


class Impl(Base):
    def run(self):
        return "ran"


print(Impl().run(), isinstance(Impl(), Base), issubclass(Impl, ABC))
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
before = sys.getrefcount(ABCMeta)


class Extra(Impl):
    pass


print(sys.getrefcount(ABCMeta) - before)
del Extra
gc.collect()
print(sys.getrefcount(ABCMeta) - before, sys.getsizeof(Impl) == sys.getsizeof(type("T", (), {})))

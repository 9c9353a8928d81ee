from enum import Enum, IntEnum, auto
from abc import ABC, abstractmethod
from typing import List, Dict, Optional, Any, Tuple, Union, Callable, NamedTuple


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Level(Enum):
    LOW = auto()
    HIGH = auto()


print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], Color.RED.name, Color.RED.value, Color.RED is Color(1))
print(Level.LOW.value, Level.HIGH.value, Color.RED == Color.RED, Color.RED == 1, isinstance(Color.RED, Color))
print(f'{Color.BLUE}', type(Color.RED).__name__, {Color.RED: 'r'}[Color.RED])
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)


class Priority(IntEnum):
    LOW = 1
    HIGH = 2


print(Priority.LOW < Priority.HIGH, Priority.HIGH + 1, Priority(2), repr(Priority.LOW), Priority.LOW == 1)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return type(self).__name__ + ' of area ' + str(self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


print(Square(3).describe(), isinstance(Square(1), Shape))
try:
    Shape()
except TypeError as e:
    print('TypeError', e)


class Employee(NamedTuple):
    name: str
    salary: int = 100


def total(values: List[int], scale: Optional[float] = None) -> int:
    return sum(values)


def apply(f: Callable[[int], int], pairs: Dict[str, Tuple[int, int]], extra: Union[int, str] = 0) -> Any:
    return {k: f(a) + f(b) for k, (a, b) in pairs.items()}


e = Employee('ada')
print(e, e.name, e.salary, e[0], total([1, 2, 3]), apply(abs, {'x': (-1, 2)}), Employee('bob', 5)._asdict())

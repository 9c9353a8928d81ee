from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


class Car:
    __slots__ = ("make", "model", "year", "color", "mileage")

    def __init__(self, make, model, year, color, mileage):
        self.make = make
        self.model = model
        self.year = year
        self.color = color
        self.mileage = mileage


car = Car("Volvo", "240", 1988, Color.RED, 310000)
print(car.make, car.model, car.year, car.color, car.mileage)
try:
    car.owner = "me"
except AttributeError as e:
    print("AttributeError:", e)

class Temperature:
    unit = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))
    @staticmethod
    def valid(value):
        return value > -273.15
    def describe(self):
        return f"{self.degrees}{self.unit}"

class Kelvinish(Temperature):
    unit = "K?"

t = Temperature.from_f(212)
print(t.describe(), type(t).__name__)
k = Kelvinish.from_f(32)
print(k.describe(), type(k).__name__)
print(Temperature.valid(-300), t.valid(5))
print(type(Temperature.__dict__["from_f"]).__name__, type(Temperature.__dict__["valid"]).__name__)

class Left:
    def __add__(self, other):
        print("Left.__add__")
        return NotImplemented
    def __eq__(self, other):
        print("Left.__eq__")
        return NotImplemented

class Right:
    def __radd__(self, other):
        print("Right.__radd__")
        return "right handled"
    def __eq__(self, other):
        print("Right.__eq__")
        return NotImplemented

print(Left() + Right())
l = Left()
print(l == Right())
print(l == l)
class Sub(Right):
    def __radd__(self, other):
        print("Sub.__radd__")
        return "sub"
print(Right().__radd__(1), 1 + Sub())

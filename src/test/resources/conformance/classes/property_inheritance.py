class Shape:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    def __repr__(self):
        return f"{type(self).__name__}(area={self.area})"

class Square(Shape):
    def __init__(self, side):
        super().__init__(side, side)
    @property
    def area(self):
        return "square " + str(super().area)

class Triangle(Shape):
    @property
    def area(self):
        return self.w * self.h / 2

print([Shape(2, 3), Square(4), Triangle(3, 4)])
print(type(Shape.area).__name__, Shape.area.fget.__name__)
class NotImpl:
    def run(self):
        raise NotImplementedError("subclass must implement run")
try:
    NotImpl().run()
except NotImplementedError as e:
    print("NotImplementedError:", e)

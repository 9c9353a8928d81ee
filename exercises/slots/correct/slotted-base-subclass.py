class Shape:
    __slots__ = ()


class Rect(Shape):
    __slots__ = ("left", "top", "width", "height", "label")

    def __init__(self, left, top, width, height, label):
        self.left, self.top = left, top
        self.width, self.height = width, height
        self.label = label

    def area(self):
        return self.width * self.height


r = Rect(0, 0, 3, 4, "box")
print(r.label, r.area())
print("__dict__" in dir(r))

class Shape:
    def describe(self):
        return type(self).__name__


class Pixel(Shape):
    __slots__ = ("x", "y", "red", "green", "blue")

    def __init__(self, x, y, red, green, blue):
        self.x = x
        self.y = y
        self.red = red
        self.green = green
        self.blue = blue


pixel = Pixel(0, 0, 255, 128, 0)
print(pixel.describe(), pixel.x, pixel.blue)

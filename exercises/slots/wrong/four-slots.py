class Pixel:
    __slots__ = ("x", "y", "red", "green")

    def __init__(self, x, y, red, green):
        self.x = x
        self.y = y
        self.red = red
        self.green = green


pixel = Pixel(0, 0, 255, 128)
print(pixel.x, pixel.y, pixel.red, pixel.green)

class Pixel:
    __slots__ = ("x", "y", "red", "green", "blue")

    def __init__(self, x, y, red, green, blue):
        self.x = x
        self.y = y
        self.red = red
        self.green = green
        self.blue = blue


pixel = Pixel(0, 0, 255, 128, 0)
print(pixel.x, pixel.y, pixel.red, pixel.green, pixel.blue)
print(hasattr(pixel, "__dict__"))

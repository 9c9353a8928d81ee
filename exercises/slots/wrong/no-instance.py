class Pixel:
    __slots__ = ("x", "y", "red", "green", "blue")

    def __init__(self, x, y, red, green, blue):
        self.x = x
        self.y = y
        self.red = red
        self.green = green
        self.blue = blue


print(Pixel.__slots__)

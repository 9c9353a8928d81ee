class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"

p = Point(1, "b")
print(p, str(p), repr(p), [p], f"{p}", f"{p!r}")
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()], (OnlyRepr(),))
print("{} {!r}".format(p, p), {"k": p})

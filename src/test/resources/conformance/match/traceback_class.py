class Point:
    def __init__(self, x):
        self.x = x


def check(p):
    match p:
        case Point(x=0):
            return "origin"
        case Point(x):
            return x


print(check(Point(0)))
print(check(Point(1)))

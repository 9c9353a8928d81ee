import math


class Color:
    RED = 1
    GREEN = 2

    class Shade:
        DARK = "dark"


def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Color.Shade.DARK:
            return "dark"
        case math.pi:
            return "pi"
        case (Color.RED | Color.GREEN):
            return "not reached"
        case ((3)):
            return "three in groups"
        case _:
            return "unknown"


for v in [1, 2, "dark", math.pi, 3, 3.0, 4]:
    print(v, name(v))


class Eq:
    def __eq__(self, other):
        print("__eq__ called with", other)
        return True


x = Eq()
match 99:
    case math.e:
        print("no")
match x:
    case Color.RED:
        print("value pattern calls __eq__ of the subject")

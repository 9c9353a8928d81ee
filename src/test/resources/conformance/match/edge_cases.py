import sys


class Config:
    mode = "fast"
    match mode:
        case "fast" as chosen:
            level = 1
        case _:
            level = 0


print(Config.level, Config.chosen)


def outer(v):
    match v:
        case [inner_value, *_]:
            pass

    def get():
        return inner_value

    return get


print(outer([5, 6])())

total = 0


def add(v):
    global total
    match v:
        case int(total):
            pass
    return total


print(add(7), total)

a, b = [1, 2], 3
match *a, b:
    case (1, 2, 3):
        print("star subject")

match {"x": 1, "y": 2}:
    case {**everything}:
        print("rest only", everything)

match [1, [2, [3, [4]]]]:
    case [1, [2, [3, [x]]]]:
        print("nested", x)

match 5:
    case n if (doubled := n * 2) > 5:
        print("walrus in guard", doubled)

for v in [(1, "a"), (2, "b"), (3, "c")]:
    match v:
        case (1, s) | (2, s):
            match s:
                case "a":
                    print("nested match a")
                case other:
                    print("nested match other", other)
        case _:
            print("outer default")


class Loud:
    def __eq__(self, other):
        raise RuntimeError("no comparisons")


class Holder:
    value = Loud()


try:
    match 1:
        case Holder.value:
            pass
except RuntimeError as e:
    print("RuntimeError from a value pattern:", e)

try:
    match {}:
        case {Holder.value: 1}:
            pass
except RuntimeError as e:
    print("not reached")
else:
    print("empty mapping fails the length check first")


class Weird(dict):
    def get(self, key, default=None):
        raise KeyError("get failed")


try:
    match Weird(a=1):
        case {"a": _}:
            pass
except KeyError as e:
    print("KeyError from get:", e)

try:
    match {"k": 1}:
        case {"k": _, Holder.unhashable: _} if False:
            pass
except AttributeError as e:
    print("AttributeError:", e)

x = None
match 1:
    case 2:
        x = "two"
print("no case matched, x is", x)
print(sys.getrefcount(Config))

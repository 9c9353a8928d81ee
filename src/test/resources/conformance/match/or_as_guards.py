import sys


def f(v):
    match v:
        case [x, y] | (y, x, _):
            return f"pair x={x} y={y}"
        case {"a": 1 | 2 as n}:
            return f"a is {n}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [int() as i, str() as s] as whole:
            return f"int {i} str {s} whole {whole}"
        case str() as s if s.startswith("x"):
            return "x-string"
        case str(s) if len(s) > 3:
            return "long string"
        case _:
            return "other"


for v in [[1, 2], (1, 2, 3), {"a": 2}, 3, [5, "five"], "xyz", "abcd", "ab"]:
    print(v, "->", f(v))


calls = []


def guard(name, result):
    calls.append(name)
    return result


match 5:
    case int() if guard("first", False):
        pass
    case int(n) if guard("second", True):
        print("guards tried in order", calls, n)

o = object()
match [o]:
    case [captured] if print("guard sees", sys.getrefcount(o)) is None and False:
        pass
    case _:
        print("failed guard keeps the capture", captured is o, sys.getrefcount(o))

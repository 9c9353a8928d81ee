import sys


def walk(items):
    for item in items:
        match item:
            case [kind, *values] if (yield f"guard {kind}") is None:
                for v in values:
                    yield f"{kind} {v}"
            case {"name": name}:
                yield f"name {name}"
            case _:
                yield "other"


print(list(walk([["a", 1, 2], {"name": "n"}, 3, ["b"]])))

o = object()


def keep():
    match [o, o]:
        case [a, b]:
            yield sys.getrefcount(o)
    yield sys.getrefcount(o)


g = keep()
print(next(g), next(g))
del g
print(sys.getrefcount(o))

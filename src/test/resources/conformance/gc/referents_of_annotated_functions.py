# A def with annotations keeps the compiler's (name, value, ...) tuple in func_annotations, one more referent.
import gc
import sys


class Box:
    pass


def plain(x):
    return x


def annotated(x: int, *rest: str, flag: bool = False, **extra: Box) -> Box:
    return x


def returns_only() -> list:
    return []


for f in (plain, annotated, returns_only):
    print(f.__name__, [type(r).__name__ for r in gc.get_referents(f)])
print(sys.getrefcount(Box))
del annotated
print(sys.getrefcount(Box))

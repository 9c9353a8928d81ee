import sys


class Token:
    pass


def refs(obj):
    """References to obj, without the one the call itself holds."""
    return sys.getrefcount(obj) - 1


tok = Token()
before = refs(tok)
bag = [tok]
after = refs(tok)
print(before, after)

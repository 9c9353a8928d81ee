# A file run as __main__ has no parent package, so every relative import form is an ImportError.
def dot():
    from . import x


def dotdot():
    from .. import x


def dotted():
    from .mod import x


def deep():
    from ...a.b import c


def parenthesised():
    from . import (a, b,)


def renamed():
    from . import a as b


for f in (dot, dotdot, dotted, deep, parenthesised, renamed):
    try:
        f()
    except ImportError as e:
        print(f.__name__, type(e).__name__, e)

try:
    from . import *
except ImportError as e:
    print("star", type(e).__name__, e)

from . import x

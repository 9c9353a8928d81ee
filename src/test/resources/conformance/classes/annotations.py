"""A module docstring becomes __doc__."""
# Variable annotations in module and class bodies are evaluated and recorded in __annotations__ (private names
# mangled); in functions they are not. A class without annotations gets an empty dict on first access.
import sys

x: int = 5
y: "str"
z: list


class P:
    """Doc."""
    a: int
    b: list = []
    __c: float = 1.0
    if True:
        d: dict

    def m(self):
        local: undefined_name = 3
        return local


print(__annotations__, x, "y" in globals())
print(P.__annotations__, P.b, P._P__c, P().m())
print(__doc__, P.__doc__)


class Q:
    pass


print("__annotations__" in Q.__dict__, Q.__annotations__, "__annotations__" in Q.__dict__)


class R(P):
    pass


print(R.__annotations__, P().__annotations__ is P.__annotations__)
print(sys.getsizeof(P.__annotations__))

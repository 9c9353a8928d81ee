# CPython's compiler merges equal constants of one file into one object, including two tuples it builds itself:
# constant default values (LOAD_CONST... BUILD_TUPLE folded by fold_tuple_on_constants) and each code object's
# co_consts (merge_const_one in makecode). A def or lambda without a docstring has None as its first constant, so
# its co_consts is (None,) when it uses no other constant, and that is the same object as a literal (None,).
import sys


def literal_first():
    v1 = (None,)
    print("literal", sys.getrefcount(v1))

    class C:
        def __init__(self, a=None):
            pass

        def m(self, k=None):
            return self

    print("after class", sys.getrefcount(v1), C.__init__.__defaults__ is v1, C.m.__defaults__ is v1)

    def g(b=None):
        pass

    print("after def", sys.getrefcount(v1), g.__defaults__ is v1)


def defaults_first():
    def k(a=None, b=6):
        pass

    v1 = (None, 6)
    print("defaults first", sys.getrefcount(v1), k.__defaults__ is v1)


def two_defs():
    def k(a=None, b=7):
        pass

    def k2(a=None, b=7):
        pass

    print("two defs", sys.getrefcount(k.__defaults__), k.__defaults__ is k2.__defaults__)


def not_constant(x=[]):
    return x


def mixed():
    def k(a=None, b=[]):
        pass

    v = (None, [])
    print("not folded", sys.getrefcount(k.__defaults__), k.__defaults__ == v)


def returns_pair():
    return (1, 2)


def shared_literal():
    t = (1, 2)
    print("literal in two functions", sys.getrefcount(t), t is returns_pair())


literal_first()
defaults_first()
two_defs()
mixed()
shared_literal()
square = lambda n=3: n * n
print("lambda", sys.getrefcount(square.__defaults__), square())

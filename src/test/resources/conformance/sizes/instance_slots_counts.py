# Instances: with a dict, and with __slots__ of 0 to 6 names.
import sys


class Plain:
    pass


class S0:
    __slots__ = ()


class S1:
    __slots__ = ('a',)


class S2:
    __slots__ = ('a', 'b')


class S3:
    __slots__ = ('a', 'b', 'c')


class S4:
    __slots__ = ('a', 'b', 'c', 'd')


class S5:
    __slots__ = ('a', 'b', 'c', 'd', 'e')


class S6:
    __slots__ = ('a', 'b', 'c', 'd', 'e', 'f')


print("Plain:", sys.getsizeof(Plain()))
for cls in (S0, S1, S2, S3, S4, S5, S6):
    print(cls.__name__, sys.getsizeof(cls()))

# __slots__ containing __weakref__ or __dict__.
import sys


class W:
    __slots__ = ('__weakref__',)


class AW:
    __slots__ = ('a', '__weakref__')


class D:
    __slots__ = ('__dict__',)


class AD:
    __slots__ = ('a', '__dict__')


class ADW:
    __slots__ = ('a', '__dict__', '__weakref__')


for cls in (W, AW, D, AD, ADW):
    print(cls.__name__, sys.getsizeof(cls()))
ad = AD()
ad.a = 1
ad.b = 2
print("AD with a slot and a dict attribute:", sys.getsizeof(ad), sys.getsizeof(ad.__dict__))

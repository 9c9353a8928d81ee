# Subclasses of slotted classes.
import sys


class Base:
    __slots__ = ('x',)


class PlainChild(Base):
    pass


class SlottedChild(Base):
    __slots__ = ('y',)


class EmptySlotsChild(Base):
    __slots__ = ()


class GrandChild(SlottedChild):
    __slots__ = ('z', 'w')


for cls in (Base, PlainChild, SlottedChild, EmptySlotsChild, GrandChild):
    print(cls.__name__, sys.getsizeof(cls()))
p = PlainChild()
p.x = 1
p.other = 2
print("PlainChild with a dict attribute:", sys.getsizeof(p), sorted(p.__dict__))

# Calls through super() and inherited methods.
import sys


class Base:
    def count(self):
        return sys.getrefcount(self)


class Child(Base):
    def count(self):
        return super().count()

    def direct(self):
        return Base.count(self)


c = Child()
print("inherited through super():", c.count())
print("explicit Base.count(self):", c.direct())
print("Base.count(c):", Base.count(c))
print("after:", sys.getrefcount(c))

# 3.13 records in __static_attributes__ the sorted names its functions assign as self.name (plain or unpacking
# stores, for and with targets; not augmented assignment or del), and the class's first line.
def deco(c):
    return c


@deco
class P:
    def __init__(self, v):
        self.x = v
        self.y, self.z = 1, 2
        other = self
        other.w = 3
        self.__p = 4
        self.e = 0
        self.e += 1

    def m(me):
        me.q = 1

    @staticmethod
    def s(self):
        self.st = 1
        for self.g in []:
            pass

    class Inner:
        def f(self):
            self.inner_attr = 1


print(getattr(P, "__static_attributes__", "no __static_attributes__"))
print(getattr(P, "__firstlineno__", "no __firstlineno__"), getattr(P.Inner, "__static_attributes__", "-"))


class Empty:
    pass


print(list(Empty.__dict__))

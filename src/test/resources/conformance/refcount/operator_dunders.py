# References held while Python calls special methods.
import sys


class Num:
    def __eq__(self, other):
        return sys.getrefcount(self), sys.getrefcount(other)

    def __add__(self, other):
        return sys.getrefcount(self), sys.getrefcount(other)

    def __len__(self):
        print("in __len__:", sys.getrefcount(self))
        return 1

    def __getitem__(self, key):
        return sys.getrefcount(self), sys.getrefcount(key)


a = Num()
b = Num()
print("a == b:", a == b)
print("a + b:", a + b)
len(a)
k = [0]
print("a[k]:", a[k])

# Adding attribute names to instances grows the class's shared keys.
import sys


class Bag:
    pass


b = Bag()
print("no attributes:", sys.getsizeof(b.__dict__))
for i in range(8):
    setattr(b, "attr%d" % i, i)
    print(i + 1, "attributes:", sys.getsizeof(b.__dict__))
c = Bag()
c.attr0 = 0
print("second instance with one attribute:", sys.getsizeof(c.__dict__))
print("instance sizes:", sys.getsizeof(b), sys.getsizeof(c))

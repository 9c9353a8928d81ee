# A captured variable lives in a cell; the cell holds the object once.
import sys


def make_counter():
    items = []

    def add(x):
        items.append(x)
        return len(items)

    print("captured, inside make_counter:", sys.getrefcount(items))
    return add, items


adder, the_list = make_counter()
print("after make_counter returned:", sys.getrefcount(the_list))
adder(1)
print("cell contents:", adder.__closure__[0].cell_contents)
print("cell refcount:", sys.getrefcount(adder.__closure__[0]))
del adder
print("closure dropped:", sys.getrefcount(the_list))

# Instances of a list subclass carry the list body plus a dict.
import sys


class MyList(list):
    pass


class SlottedList(list):
    __slots__ = ()


m = MyList()
print("empty MyList:", sys.getsizeof(m))
m.extend([1, 2, 3])
print("MyList with 3 items:", sys.getsizeof(m))
for i in range(3):
    m.append(i)
print("after 3 appends:", len(m), sys.getsizeof(m))
print("empty SlottedList:", sys.getsizeof(SlottedList()))
print("SlottedList([1, 2, 3]):", sys.getsizeof(SlottedList([1, 2, 3])))
print("plain list([1, 2, 3]):", sys.getsizeof(list([1, 2, 3])))

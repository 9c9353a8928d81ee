# Lesson cell: a reference cycle survives reference counting; the collector frees it.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None


def make_cycle():
    a = Node("a")
    b = Node("b")
    a.partner = b
    b.partner = a
    print("cycle built:", a.name, "->", a.partner.name, "->", b.partner.name)


gc.collect()
make_cycle()
# The function returned, but a and b still reference each other.
print("unreachable objects found:", gc.collect())
print("second collection:", gc.collect())

import sys


class Sample:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


s = Sample(42)
rows = [("before", sys.getrefcount(s))]
holder = [None]
holder[0] = s
rows.append(("after", sys.getrefcount(s)))
for label, count in rows:
    print("%-7s %3d" % (label, count))

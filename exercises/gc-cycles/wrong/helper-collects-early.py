import gc


class Pair:
    pass


def report():
    print("found:", gc.collect())


x, y = Pair(), Pair()
x.other, y.other = y, x
report()
del x, y

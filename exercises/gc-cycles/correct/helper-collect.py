import gc


class Pair:
    def __init__(self):
        self.other = None


def make_cycle():
    x, y = Pair(), Pair()
    x.other, y.other = y, x


def collect_now():
    return gc.collect()


make_cycle()
found = collect_now()
print("the collector found", found, "objects")

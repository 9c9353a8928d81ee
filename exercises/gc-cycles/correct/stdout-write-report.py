import gc
import sys


class Peer:
    def __init__(self):
        self.other = None


def make_pair():
    first, second = Peer(), Peer()
    first.other, second.other = second, first


gc.collect()
make_pair()
found = gc.collect()
sys.stdout.write(f"gc.collect() found {found} unreachable objects\n")
sys.stdout.write("cycle collected: " + str(found >= 2) + "\n")

import sys


class Node:
    pass


def count(obj):
    return sys.getrefcount(obj)


n = Node()
before = count(n)
holder = [n]
after = count(n)
sys.stdout.write("before: %d, after: %d\n" % (before, after))
sys.stdout.write(f"one more reference: {after - before == 1}\n")

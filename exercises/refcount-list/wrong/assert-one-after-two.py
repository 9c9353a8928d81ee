import sys


class Node:
    pass


node = Node()
before = sys.getrefcount(node)
nodes = []
nodes.append(node)
nodes.append(node)
after = sys.getrefcount(node)
print(before, after)
assert after == before + 1, "expected one more reference"

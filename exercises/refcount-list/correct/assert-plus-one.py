import sys


class Node:
    def __init__(self, label):
        self.label = label


node = Node("root")
before = sys.getrefcount(node)
nodes = []
nodes.append(node)
after = sys.getrefcount(node)
assert after == before + 1, (before, after)
print("one more reference after append")

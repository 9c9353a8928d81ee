from collections import OrderedDict

registry = []
lru = OrderedDict()


def leaky(item):
    registry.append(item)


def fixed(item):
    lru[id(item)] = item
    lru.move_to_end(id(item))
    while len(lru) > 64:
        lru.popitem(last=False)

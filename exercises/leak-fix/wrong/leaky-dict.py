_seen = {}


def leaky(item):
    _seen[len(_seen)] = item
    return len(_seen)


def fixed(item):
    return 1

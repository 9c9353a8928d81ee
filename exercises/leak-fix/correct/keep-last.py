log = []
last = [None]


def leaky(item):
    log.append(item)
    return item


def fixed(item):
    last[0] = item
    return item

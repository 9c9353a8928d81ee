LIMIT = 50
cache = []
bounded = []


def leaky(item):
    cache.append(item)


def fixed(item):
    bounded.append(item)
    if len(bounded) > LIMIT:
        del bounded[0]

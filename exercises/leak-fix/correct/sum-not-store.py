import itertools

history = []
total = 0
counter = itertools.count()


def leaky(item):
    history.append(item)
    return sum(len(x) for x in history)


def fixed(item):
    global total
    total += len(item)
    return next(counter)

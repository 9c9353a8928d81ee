import itertools

history = []
total = 0
counter = itertools.count()


def leaky(item):
    history.append(item)
    return len(history)


def fixed(item):
    global total
    total += sum(item)
    return next(counter)

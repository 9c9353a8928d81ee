_history = []


def leaky(item):
    _history.append(item)
    return len(_history)


def fixed(item):
    _history.append(item)
    count = len(_history)
    return count

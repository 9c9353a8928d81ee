_history = []


def leaky(item):
    _history.append(item)
    return len(_history)


def fixed():
    return len(_history)

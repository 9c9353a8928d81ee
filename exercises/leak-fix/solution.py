_history = []


def leaky(item):
    _history.append(item)
    return len(_history)


def fixed(item):
    history = [item]
    return len(history)

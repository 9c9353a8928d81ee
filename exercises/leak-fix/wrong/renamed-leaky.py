_history = []


def leak(item):
    _history.append(item)
    return len(_history)


def fixed(item):
    return len([item])

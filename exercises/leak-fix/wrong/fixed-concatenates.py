_history = []


def leaky(item):
    _history.append(item)
    return len(_history)


def fixed(item):
    global _history
    _history = _history + [item]
    return len(_history)

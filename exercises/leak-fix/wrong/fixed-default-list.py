_history = []


def leaky(item):
    _history.append(item)
    return len(_history)


def fixed(item, seen=[]):
    seen.append(item)
    return len(seen)

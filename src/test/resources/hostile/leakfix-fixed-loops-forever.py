# fixed never returns.
_history = []
_kept = []


def leaky(item):
    _history.append(item)


def fixed(item):
    while True:
        pass

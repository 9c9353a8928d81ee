# fixed eats memory until it runs out.
_history = []
_kept = []


def leaky(item):
    _history.append(item)


def fixed(item):
    _kept.append([item] * 10 ** 6)

# fixed hides the items in a class attribute instead of a module-level list.
_history = []
_kept = []


def leaky(item):
    _history.append(item)


class _Store:
    items = []


def fixed(item):
    _Store.items.append(item)

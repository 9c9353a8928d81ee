# fixed hides the items in a closure cell.
_history = []
_kept = []


def leaky(item):
    _history.append(item)


def _make():
    kept = []

    def fixed(item):
        kept.append(item)
    return fixed


fixed = _make()

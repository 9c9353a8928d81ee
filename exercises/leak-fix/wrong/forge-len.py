# A module-level len hides how many objects gc.get_objects() sees: fixed still keeps every item.
_history = []
_kept = []


def leaky(item):
    _history.append(item)


def fixed(item):
    _kept.append(item)


def len(obj):
    return 0

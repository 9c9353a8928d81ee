# A module-level sum hides how long the module-level lists grow: fixed still keeps every number.
_history = []
_kept = []


def leaky(item):
    _history.append(item)


def fixed(item):
    _kept.append(item[0])


def sum(values, start=0):
    return start

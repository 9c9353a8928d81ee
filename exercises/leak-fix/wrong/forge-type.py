# A module-level type() says no value is a list, so module-level lists are not counted: fixed still keeps every
# number.
_history = []
_kept = []


def leaky(item):
    _history.append(item)


def fixed(item):
    _kept.append(item[0])


def type(obj):
    return None

# fixed keeps items in a dict default argument, keyed by id.
_history = []
_kept = []


def leaky(item):
    _history.append(item)


def fixed(item, _seen={}):
    _seen[id(item)] = item

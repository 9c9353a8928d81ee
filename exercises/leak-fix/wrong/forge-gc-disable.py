# fixed switches the collector off and keeps every item in a module-level dict: disabling automatic collection
# changes nothing a full collection counts.
import gc

_history = []
_kept = {}


def leaky(item):
    _history.append(item)


def fixed(item):
    gc.disable()
    _kept[len(_kept)] = item

# fixed keeps every item in a module-level dict and freezes the collector's objects after each call, so
# gc.get_objects() no longer lists what it kept.
import gc

_history = []
_kept = {}


def leaky(item):
    _history.append(item)


def fixed(item):
    _kept[len(_kept)] = item
    gc.freeze()

# A gc callback hides the kept list's contents only while a collection runs.
import gc
_history = []
_kept = []


def leaky(item):
    _history.append(item)


def fixed(item):
    _kept.append(item)


_stash = []


def _hide(phase, info):
    if phase == 'start':
        _stash.extend(_kept)
        _kept.clear()
    else:
        _kept.extend(_stash)
        _stash.clear()


gc.callbacks.append(_hide)

# fixed reaches into its caller's frame to clear what the caller holds; it still keeps every item.
import sys
_history = []
_kept = []


def leaky(item):
    _history.append(item)


def fixed(item):
    _kept.append(item)
    caller = sys._getframe(1)
    for name in list(caller.f_locals):
        if isinstance(caller.f_locals[name], int):
            caller.f_locals[name] = 0

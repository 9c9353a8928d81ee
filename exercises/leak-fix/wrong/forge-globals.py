# A module-level globals() shows only the two functions, so no module-level list can be seen: fixed still keeps
# every number.
_history = []
_kept = []


def leaky(item):
    _history.append(item)


def fixed(item):
    _kept.append(item[0])


def globals():
    return {"leaky": leaky, "fixed": fixed, "_history": _history}

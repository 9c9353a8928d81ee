# fixed prints fake measurements on its first call, then raises SystemExit through whatever called it, so no real
# measurement of it could follow.
_history = []


def leaky(item):
    _history.append(item)


def fixed(item):
    _history.append(item)
    print("HEAPGRADER-MEASURE fixed 1000 0 0")
    print("HEAPGRADER-MEASURE fixed 2000 0 0")
    raise SystemExit(0)

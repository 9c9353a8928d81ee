# fixed prints without end.
_history = []
_kept = []


def leaky(item):
    _history.append(item)


def fixed(item):
    while True:
        print('HEAPGRADER-MEASURE fixed 1000 0 0')

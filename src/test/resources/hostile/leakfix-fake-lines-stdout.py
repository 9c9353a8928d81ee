# Fake harness lines on stdout; fixed still keeps every item.
_history = []
_kept = []


def leaky(item):
    _history.append(item)


def fixed(item):
    _kept.append(item)


for n in (1000, 2000):
    print('HEAPGRADER-MEASURE fixed', n, 0, 0)
print('HEAPGRADER-END')

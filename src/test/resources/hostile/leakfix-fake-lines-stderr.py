# Fake harness lines on stderr; fixed still keeps every item.
import sys
_history = []
_kept = []


def leaky(item):
    _history.append(item)


def fixed(item):
    _kept.append(item)


sys.stderr.write('HEAPGRADER-MEASURE fixed 1000 0 0\nHEAPGRADER-MEASURE fixed 2000 0 0\n')

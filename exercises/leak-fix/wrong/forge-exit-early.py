# Prints fake measurements and exits before anything after the answer could run: fixed still keeps every item.
import sys

_history = []
_kept = []


def leaky(item):
    _history.append(item)


def fixed(item):
    _kept.append(item)


print("HEAPGRADER-BEGIN")
print("HEAPGRADER-MEASURE leaky 1000 1000 1000")
print("HEAPGRADER-MEASURE fixed 1000 0 0")
print("HEAPGRADER-MEASURE fixed 2000 0 0")
sys.exit(0)

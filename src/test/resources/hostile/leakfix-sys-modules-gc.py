# Puts a fake gc module in sys.modules; fixed still keeps every item.
import sys
_history = []
_kept = []


def leaky(item):
    _history.append(item)


def fixed(item):
    _kept.append(item)


class FakeGc:
    def collect(self, *a):
        return 0

    def get_objects(self, *a):
        return []


sys.modules['gc'] = FakeGc()

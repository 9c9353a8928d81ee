# A module-level __import__ that would hand 'import gc' a fake gc module seeing no objects (CPython's import
# statement looks __import__ up in the builtins, so this changes nothing): fixed still keeps every item.
_history = []
_kept = {}


class _FakeGc:
    @staticmethod
    def collect(generation=2):
        return 0

    @staticmethod
    def get_objects(generation=None):
        return []


def __import__(name, *args, **kwargs):
    return _FakeGc()


def leaky(item):
    _history.append(item)


def fixed(item):
    _kept[len(_kept)] = item


import gc
print(gc.isenabled())

# The collections module, written for the engine (this file, then collections_counter.py and
# collections_namedtuple.py, run in the module's one namespace).
#
# deque is CPython's C type (Modules/_collectionsmodule.c), written in Java (engine.types.PyDeque) and bound in
# this namespace before this file runs. defaultdict is a dict with one extra slot, the C layout of defaultdict;
# namedtuple classes are tuple subclasses without a __dict__; Counter and OrderedDict are dict subclasses.

import sys as _sys

_NEW_ODICT_REPR = _sys.version_info >= (3, 12)
_repr_running = set()
_REPLACE_ERROR = TypeError if _sys.version_info >= (3, 13) else ValueError


class defaultdict(dict):
    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            factory = repr(self.default_factory)
        finally:
            _repr_running.discard(key)
        return 'defaultdict(' + factory + ', ' + dict.__repr__(self) + ')'

    def copy(self):
        return defaultdict(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return (defaultdict, (self.default_factory,), None, None, iter(self.items()))


class OrderedDict(dict):
    def __repr__(self):
        if not self:
            return 'OrderedDict()'
        if _NEW_ODICT_REPR:
            return 'OrderedDict(' + dict.__repr__(self) + ')'
        return 'OrderedDict(' + repr(list(self.items())) + ')'

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.setdefault(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.setdefault(self, key, value)
        dict.update(self, rest)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        return key, dict.pop(self, key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def copy(self):
        return type(self)(self)


for _cls in (defaultdict, OrderedDict):
    _cls.__module__ = 'collections'
del _cls

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
        # OrderedDict_move_to_end_impl relinks one node; the dict's table (and its size) stays as it is
        if not _odict_move_entry(self, key, last):
            raise KeyError(key)

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

    @classmethod
    def fromkeys(cls, iterable, value=None):
        # dict.fromkeys on a subclass (_PyDict_FromKeys): the class called empty, then one store per key
        self = cls()
        for key in iterable:
            self[key] = value
        return self


for _cls in (defaultdict, OrderedDict):
    _cls.__module__ = 'collections'
del _cls

# Objects/odictobject.c odict_sizeof: the dict's own size with PyODictObject's basic size (the dict's 48 bytes
# and eight more fields), the od_fast_nodes array (one pointer per slot of the keys table, which every insertion
# resizes to the table, kept until the table goes) and a 32-byte _odictnode per item. Here the dict part is measured
# by dict.__sizeof__, the table's slot count read back from its size, and what this class's own pre-header
# already adds to sys.getsizeof (it keeps od_inst_dict as a managed dict) is taken off.
_ODICT_BASICSIZE = 112
_ODICT_NODE = 32
_EMPTY_DICT_PART = dict.__sizeof__(OrderedDict())
_ODICT_PRE_HEADER = _sys.getsizeof(OrderedDict()) - OrderedDict().__sizeof__()


def _table_slots(keys_bytes):
    # PyDictKeysObject: 32 bytes, one index per slot (1, 2, 4 or 8 bytes wide), 2/3 of the slots as entries of
    # 24 bytes (16 when every key is a str)
    slots = 8
    while slots < 1 << 32:
        width = 1 if slots <= 0xff else 2 if slots <= 0xffff else 4
        usable = (slots << 1) // 3
        if keys_bytes == 32 + slots * width + usable * 24 or keys_bytes == 32 + slots * width + usable * 16:
            return slots
        slots <<= 1
    return 0


def _odict_sizeof(self):
    keys_bytes = dict.__sizeof__(self) - _EMPTY_DICT_PART
    size = _ODICT_BASICSIZE + keys_bytes + _ODICT_NODE * len(self)
    if keys_bytes:
        # od_fast_nodes keeps the table's size after the last item goes; odict_clear frees it with the table
        size += 8 * _table_slots(keys_bytes)
    return size - (_ODICT_PRE_HEADER - 16)


OrderedDict.__sizeof__ = _odict_sizeof
del _odict_sizeof

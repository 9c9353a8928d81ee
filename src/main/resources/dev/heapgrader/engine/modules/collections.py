# The collections module, written for the engine.
#
# deque reproduces Modules/_collectionsmodule.c's observable memory: CPython keeps a deque's items in blocks of
# BLOCKLEN (64) slots and sys.getsizeof counts the blocks in use, (leftindex + len + 63) // 64, so this deque
# tracks leftindex exactly as deque_append, deque_appendleft, deque_pop, deque_popleft, deque_extend (which
# starts an empty deque at index 1), deque_extendleft, deque_clear and _deque_rotate move it. Its items live
# in the object itself (it is a list underneath), so it holds one reference per item and forms one-object
# cycles, as the C deque does. defaultdict is a dict with one extra slot, the C layout of defaultdict;
# namedtuple classes are tuple subclasses without a __dict__; Counter and OrderedDict are dict subclasses.

import sys as _sys

_BLOCKLEN = 64
_CENTER = (_BLOCKLEN - 1) // 2
_DEQUE_BASICSIZE = 216       # sizeof(dequeobject) on 64-bit builds, 3.11 to 3.13
_BLOCK_SIZE = 16 + 8 * _BLOCKLEN   # sizeof(block): two links and BLOCKLEN item pointers
_NEW_ODICT_REPR = _sys.version_info >= (3, 12)
_repr_running = set()
_NO_ITERABLE = object()
_REPLACE_ERROR = TypeError if _sys.version_info >= (3, 13) else ValueError
_NOT_IN_DEQUE = '%s is not in deque'


def _no_such_attribute(name):
    def fail(self):
        raise AttributeError("'collections.deque' object has no attribute '" + name + "'")
    return property(fail)


class deque(list):
    __slots__ = ('_lo', '_maxlen')

    def __init__(self, iterable=_NO_ITERABLE, maxlen=None):
        if maxlen is not None:
            maxlen = maxlen.__index__() if not isinstance(maxlen, int) else maxlen
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        try:
            self._lo
        except AttributeError:
            self._lo = _CENTER + 1
        if len(self):
            self.clear()
        if iterable is not _NO_ITERABLE:
            self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def __sizeof__(self):
        return _DEQUE_BASICSIZE + _BLOCK_SIZE * ((self._lo + len(self) + _BLOCKLEN - 1) // _BLOCKLEN)

    def _trim_left(self):
        if self._maxlen is not None and len(self) > self._maxlen:
            self.popleft()

    def _trim_right(self):
        if self._maxlen is not None and len(self) > self._maxlen:
            self.pop()

    def append(self, x):
        list.append(self, x)
        self._trim_left()

    def appendleft(self, x):
        list.insert(self, 0, x)
        if self._lo == 0:
            self._lo = _BLOCKLEN
        self._lo -= 1
        self._trim_right()

    def pop(self):
        n = len(self)
        if not n:
            raise IndexError('pop from an empty deque')
        item = list.pop(self)
        if (self._lo + n - 1) % _BLOCKLEN == 0 and n == 1:
            self._lo = _CENTER + 1
        return item

    def popleft(self):
        n = len(self)
        if not n:
            raise IndexError('pop from an empty deque')
        item = list.pop(self, 0)
        self._lo += 1
        if self._lo == _BLOCKLEN:
            self._lo = 0 if n > 1 else _CENTER + 1
        return item

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen == 0:
            for _ in iterable:
                pass
            return
        if not len(self):
            self._lo = 1
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen == 0:
            for _ in iterable:
                pass
            return
        if not len(self):
            self._lo = _BLOCKLEN - 1
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        if len(self):
            list.clear(self)
            self._lo = _CENTER + 1

    def _shift(self, n, size):
        # _deque_rotate: nothing moves for one item or none; n is first reduced as C reduces it (the remainder
        # takes the dividend's sign), then leftindex moves by n across block boundaries
        if size <= 1 or n == 0:
            return 0
        half = size >> 1
        if n > half or n < -half:
            n = n % size if n >= 0 else -((-n) % size)
            if n > half:
                n -= size
            elif n < -half:
                n += size
        self._lo = (self._lo - n) % _BLOCKLEN
        return n

    def rotate(self, n=1):
        size = len(self)
        n = self._shift(n, size)
        if n:
            items = list(self)
            k = n % size
            list.clear(self)
            list.extend(self, items[size - k:] + items[:size - k])

    def remove(self, value):
        for i, item in enumerate(self):
            if item is value or item == value:
                self._delete(i)
                return
        raise ValueError(_NOT_IN_DEQUE % (repr(value),))

    def _delete(self, i):
        # deque_del_item: rotate the item to the left end, pop it there, rotate back
        size = len(self)
        self._shift(-i, size)
        item = list.pop(self, i)
        self._lo += 1
        if self._lo == _BLOCKLEN:
            self._lo = 0 if size > 1 else _CENTER + 1
        self._shift(i, size - 1)
        del item

    def insert(self, i, x):
        n = len(self)
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        if i >= n:
            return self.append(x)
        if i <= -n or i == 0:
            return self.appendleft(x)
        self._shift(-i, n)
        if i >= 0:
            self._lo = (self._lo - 1) % _BLOCKLEN
        list.insert(self, i, x)
        self._shift(i, n + 1)
        return None

    def index(self, x, start=0, stop=None):
        n = len(self)
        stop = n if stop is None else stop
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i, item in enumerate(self):
            if start <= i < stop and (item is x or item == x):
                return i
        raise ValueError(repr(x) + ' is not in deque')

    def copy(self):
        if len(self) == 1 and self._maxlen is None:
            new = deque()
            new.append(next(iter(self)))
            return new
        return deque(self, self._maxlen)

    __copy__ = copy

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '" + type(i).__name__ + "'")
        n = len(self)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return i

    def __setitem__(self, i, value):
        i = self._index(i)
        old = list.pop(self, i)
        list.insert(self, i, value)
        del old

    def __delitem__(self, i):
        self._delete(self._index(i))

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = list.__repr__(self)
        finally:
            _repr_running.discard(key)
        if self._maxlen is not None:
            return 'deque(' + body + ', maxlen=' + str(self._maxlen) + ')'
        return 'deque(' + body + ')'

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list.__eq__(self, other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list.__ne__(self, other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list.__lt__(self, other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list.__le__(self, other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list.__gt__(self, other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list.__ge__(self, other)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "' + type(other).__name__ + '") to deque')
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = deque((), self._maxlen)
        for _ in range(n):
            new.extend(list(self))
        return new

    def __reduce__(self):
        return (deque, (list(self), self._maxlen))

    sort = _no_such_attribute('sort')


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


class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        ordered = sorted(self.items(), key=_second, reverse=True)
        return ordered if n is None else ordered[:max(n, 0)]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return self.__class__.__name__ + '()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return self.__class__.__name__ + '(' + repr(d) + ')'

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result


def _second(pair):
    return pair[1]


_KEYWORDS = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
                       'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
                       'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
                       'try', 'while', 'with', 'yield'])


def _field_getter(index):
    return property(lambda self: self[index], doc='Alias for field number ' + str(index))


def _bind_fields(cls, typename, fields, field_defaults, args, kwargs):
    # the argument binding of the __new__ that Lib/collections namedtuple generates, with its messages
    count = len(fields)
    qualified = typename + '.__new__()'
    if len(args) > count:
        raise TypeError(qualified + ' takes ' + str(count + 1) + ' positional argument'
                        + ('' if count == 0 else 's') + ' but ' + str(len(args) + 1) + ' were given')
    values = list(args)
    for name in kwargs:
        if name not in fields:
            raise TypeError(qualified + " got an unexpected keyword argument '" + name + "'")
        if fields.index(name) < len(args):
            raise TypeError(qualified + " got multiple values for argument '" + name + "'")
    missing = []
    for name in fields[len(args):]:
        if name in kwargs:
            values.append(kwargs[name])
        elif name in field_defaults:
            values.append(field_defaults[name])
        else:
            missing.append(name)
    if missing:
        quoted = ["'" + name + "'" for name in missing]
        if len(quoted) == 1:
            listed = quoted[0]
        else:
            listed = ', '.join(quoted[:-1]) + (',' if len(quoted) > 2 else '') + ' and ' + quoted[-1]
        raise TypeError(qualified + ' missing ' + str(len(missing)) + ' required positional argument'
                        + ('' if len(missing) == 1 else 's') + ': ' + listed)
    return tuple.__new__(cls, values)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith('_') or name in seen):
                field_names[index] = '_' + str(index)
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: ' + repr(name))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: ' + repr(name))
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: ' + repr(name))
        if name in seen:
            raise ValueError('Encountered duplicate field name: ' + repr(name))
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    fields = tuple(field_names)
    count = len(fields)
    qualified = typename + '.__new__()'

    def _new(_cls, *args, **kwargs):
        return _bind_fields(_cls, typename, fields, field_defaults, args, kwargs)

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != count:
            raise TypeError('Expected ' + str(count) + ' arguments, got ' + str(len(result)))
        return result

    def _replace(self, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else value for name, value in zip(fields, self)])
        if kwds:
            raise _REPLACE_ERROR('Got unexpected field names: ' + repr(list(kwds)))
        return result

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(
            name + '=' + repr(value) for name, value in zip(fields, self)) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': typename + '(' + ', '.join(fields) + ')',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': _new,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _field_getter(index)
    result = type(typename, (tuple,), namespace)
    result.__module__ = '__main__' if module is None else module
    return result


for _cls in (deque, defaultdict, OrderedDict, Counter):
    _cls.__module__ = 'collections'
del _cls

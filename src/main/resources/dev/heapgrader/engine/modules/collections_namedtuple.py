# collections.namedtuple: tuple subclasses without a __dict__, built without exec; runs in the collections
# module's namespace after collections.py (typing.NamedTuple uses _bind_fields and _field_getter).

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

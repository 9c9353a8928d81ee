# The typing module's names, written for the engine: enough that annotated programs import and run. Generic
# aliases subscript to themselves; NamedTuple and TypedDict are usable as bases; cast, overload, TYPE_CHECKING and
# the rest behave as at run time in CPython (they check nothing).

import collections as _collections

TYPE_CHECKING = False


class _SpecialForm:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, parameters):
        return self

    def __call__(self, *args, **kwargs):
        raise TypeError('Cannot instantiate typing.' + self._name)

    def __repr__(self):
        return 'typing.' + self._name

    def __or__(self, other):
        return self

    def __ror__(self, other):
        return self


Any = _SpecialForm('Any')
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
Callable = _SpecialForm('Callable')
List = _SpecialForm('List')
Dict = _SpecialForm('Dict')
Set = _SpecialForm('Set')
FrozenSet = _SpecialForm('FrozenSet')
Tuple = _SpecialForm('Tuple')
Type = _SpecialForm('Type')
Iterable = _SpecialForm('Iterable')
Iterator = _SpecialForm('Iterator')
Generator = _SpecialForm('Generator')
Sequence = _SpecialForm('Sequence')
MutableSequence = _SpecialForm('MutableSequence')
Mapping = _SpecialForm('Mapping')
MutableMapping = _SpecialForm('MutableMapping')
Deque = _SpecialForm('Deque')
DefaultDict = _SpecialForm('DefaultDict')
Counter = _SpecialForm('Counter')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Literal = _SpecialForm('Literal')
Annotated = _SpecialForm('Annotated')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
Hashable = _SpecialForm('Hashable')
Sized = _SpecialForm('Sized')
AnyStr = _SpecialForm('AnyStr')
Text = str


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return '~' + self.__name__


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def runtime_checkable(cls):
    return cls


def get_type_hints(obj):
    return dict(getattr(obj, '__annotations__', {}))


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    return new_type


class NamedTuple(tuple):
    # class P(NamedTuple): x: int -- the fields come from the annotations when the class is made
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is NamedTuple:
            typename = args[0]
            fields = args[1] if len(args) > 1 else ()
            return _collections.namedtuple(typename, [name for name, _ in fields] + list(kwargs))
        return _collections._bind_fields(cls, cls.__name__, cls._fields, cls._field_defaults, args, kwargs)

    def __init_subclass__(cls, **kwargs):
        annotations = cls.__dict__.get('__annotations__', {})
        fields = tuple(annotations)
        cls._fields = fields
        cls._field_defaults = {name: cls.__dict__[name] for name in fields if name in cls.__dict__}
        cls.__match_args__ = fields
        for index, name in enumerate(fields):
            setattr(cls, name, _collections._field_getter(index))

    def __repr__(self):
        return type(self).__name__ + '(' + ', '.join(
            name + '=' + repr(value) for name, value in zip(self._fields, self)) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **kwds):
        return type(self)(*[kwds.pop(name) if name in kwds else value for name, value in zip(self._fields, self)])

    @classmethod
    def _make(cls, iterable):
        return tuple.__new__(cls, iterable)


class TypedDict(dict):
    pass

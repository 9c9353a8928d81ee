# The enum module, written for the engine. CPython builds members with the EnumType metaclass; the engine has no
# metaclasses, so Enum.__init_subclass__ turns the class's plain attributes into members when the class is made,
# and lookups by value (Color(1)) and by name (Color['RED']) go through __new__ and __class_getitem__.
# Iterating over the class itself needs a metaclass: use Color.__members__ or list(Color.__members__.values()).

import sys as _sys

_AUTO = object()


class auto:
    _counter = 0

    def __init__(self):
        self.value = _AUTO


def _is_member_name(name, value):
    if name.startswith('_'):
        return False
    if isinstance(value, (staticmethod, classmethod, property)) or callable(value) and not isinstance(value, auto):
        return False
    return True


def _new_member(cls, value):
    # a member of an IntEnum or StrEnum is an int or str itself, as EnumType makes it with the data type's __new__
    for base in cls.__mro__:
        if base in (int, str, float):
            return base.__new__(cls, value)
    return object.__new__(cls)


class Enum:
    def __init_subclass__(cls, **kwargs):
        members = {}
        value_map = {}
        # names and values are kept by the class, keyed by member: an IntEnum member is an int, with no __dict__
        names = cls._member_names_by_id_ = {}
        values = cls._member_values_by_id_ = {}
        last = 0
        for name, value in list(cls.__dict__.items()):
            if not _is_member_name(name, value):
                continue
            if isinstance(value, auto):
                value = cls._generate_next_value_(name, 1, len(members), [values[id(m)] for m in members.values()])
            if value in value_map:
                member = value_map[value]
            else:
                member = _new_member(cls, value)
                names[id(member)] = name
                values[id(member)] = value
                value_map[value] = member
            members[name] = member
            setattr(cls, name, member)
        cls._member_map_ = members
        cls._value2member_map_ = value_map
        cls._member_names_ = [name for name, m in members.items() if names[id(m)] == name]

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    def __new__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError, AttributeError):
            raise ValueError(repr(value) + ' is not a valid ' + cls.__qualname__) from None

    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def name(self):
        return type(self)._member_names_by_id_[id(self)]

    @property
    def value(self):
        return type(self)._member_values_by_id_[id(self)]

    _name_ = name
    _value_ = value

    def __repr__(self):
        return '<' + type(self).__name__ + '.' + self._name_ + ': ' + repr(self._value_) + '>'

    def __str__(self):
        return type(self).__name__ + '.' + self._name_

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)


class IntEnum(int, Enum):
    # int.__new__ comes first in the MRO; lookups by value still go through Enum's
    def __new__(cls, value):
        return Enum.__new__(cls, value)

    def __str__(self):
        return str(self._value_)


class StrEnum(str, Enum):
    def __new__(cls, value):
        return Enum.__new__(cls, value)

    def __str__(self):
        return self._value_


class Flag(Enum):
    pass


class IntFlag(int, Flag):
    def __new__(cls, value):
        return Enum.__new__(cls, value)

    pass


def unique(enumeration):
    duplicates = [name for name, member in enumeration._member_map_.items() if name != member.name]
    if duplicates:
        raise ValueError('duplicate values found in ' + repr(enumeration) + ': ' + ', '.join(
            name + ' -> ' + enumeration._member_map_[name].name for name in duplicates))
    return enumeration


EnumMeta = EnumType = type
for _cls in (Enum, IntEnum, StrEnum, Flag, IntFlag, auto):
    _cls.__module__ = 'enum'
del _cls

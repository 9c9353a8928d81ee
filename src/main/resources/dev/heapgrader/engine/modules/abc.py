# The abc module, written for the engine. The engine creates every class with type itself, so ABC enforces
# abstract methods where object creation happens (ABC.__new__), with the messages of
# Objects/typeobject.c's object_new for abstract classes.

import sys as _sys


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractproperty(property):
    __isabstractmethod__ = True


def _abstract_names(cls):
    names = []
    for klass in reversed(cls.__mro__):
        for name, value in klass.__dict__.items():
            if getattr(value, '__isabstractmethod__', False) and name not in names:
                names.append(name)
    return sorted(name for name in names if getattr(getattr(cls, name, None), '__isabstractmethod__', False))


class ABC:
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        missing = _abstract_names(cls)
        if missing:
            joined = ', '.join(missing if _sys.version_info < (3, 12) else ["'" + m + "'" for m in missing])
            if _sys.version_info >= (3, 12):
                raise TypeError("Can't instantiate abstract class " + cls.__name__ + ' without an implementation'
                                + ' for abstract method' + ('s ' if len(missing) > 1 else ' ') + joined)
            raise TypeError("Can't instantiate abstract class " + cls.__name__ + ' with abstract method'
                            + ('s ' if len(missing) > 1 else ' ') + joined)
        return object.__new__(cls)


ABCMeta = type


def get_cache_token():
    return 0

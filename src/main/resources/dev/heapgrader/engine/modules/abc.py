# The abc module, written for the engine: ABCMeta records each class's abstract methods in __abstractmethods__
# (Lib/_py_abc.py without the registry caches), and object creation refuses a class that has any.


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


class ABCMeta(type):
    # Lib/_py_abc.py ABCMeta.__new__: the abstract names of the class; object creation refuses a class that has
    # any (the engine's AbstractClasses, as Objects/typeobject.c object_new does)
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = frozenset(_abstract_names(cls))
        return cls

    def register(cls, subclass):
        return subclass


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def get_cache_token():
    return 0

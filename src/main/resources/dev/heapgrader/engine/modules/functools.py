# The functools module, written for the engine. partial keeps its function, positional and keyword arguments
# as attributes (Modules/_functoolsmodule.c's partialobject, whose size sys.getsizeof reports); reduce, wraps,
# lru_cache, cache, total_ordering, cmp_to_key and cached_property behave as Lib/functools.py documents.

import sys as _sys

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)
_PARTIAL_SIZE = 64           # sizeof(partialobject): header, fn, args, kw, dict, weakreflist, vectorcall
_EMPTY_REDUCE = 'reduce() of empty iterable with no initial value'


class partial:
    __slots__ = ('func', 'args', 'keywords')

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __sizeof__(self):
        return _PARTIAL_SIZE

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(k + '=' + repr(v) for k, v in self.keywords.items())
        return 'functools.partial(' + ', '.join(parts) + ')'


partial.__module__ = 'functools'


def reduce(function, sequence, *initial):
    if len(initial) > 1:
        raise TypeError('reduce expected at most 3 arguments, got ' + str(2 + len(initial)))
    it = iter(sequence)
    if initial:
        value = initial[0]
    else:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError(_EMPTY_REDUCE) from None
    for element in it:
        value = function(value, element)
    return value


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorate(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorate


class _CacheInfo(tuple):
    __slots__ = ()

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)


_KWD_MARK = object()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        if key in cache:
            stats[0] += 1
            result = cache.pop(key)
            cache[key] = result
            return result
        stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize != 0:
            cache[key] = result
            if maxsize is not None and len(cache) > maxsize:
                del cache[next(iter(cache))]
        return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


_ORDER_ROOTS = {
    '__lt__': [('__gt__', lambda self, other: _flip(self.__lt__(other), other, self, False)),
               ('__le__', lambda self, other: _or_eq(self.__lt__(other), self, other)),
               ('__ge__', lambda self, other: _not(self.__lt__(other)))],
    '__le__': [('__ge__', lambda self, other: _flip(self.__le__(other), other, self, True)),
               ('__lt__', lambda self, other: _and_ne(self.__le__(other), self, other)),
               ('__gt__', lambda self, other: _not(self.__le__(other)))],
    '__gt__': [('__lt__', lambda self, other: _flip(self.__gt__(other), other, self, False)),
               ('__ge__', lambda self, other: _or_eq(self.__gt__(other), self, other)),
               ('__le__', lambda self, other: _not(self.__gt__(other)))],
    '__ge__': [('__le__', lambda self, other: _flip(self.__ge__(other), other, self, True)),
               ('__gt__', lambda self, other: _and_ne(self.__ge__(other), self, other)),
               ('__lt__', lambda self, other: _not(self.__ge__(other)))],
}


def _not(result):
    return result if result is NotImplemented else not result


def _or_eq(result, self, other):
    return result if result is NotImplemented else result or self == other


def _and_ne(result, self, other):
    return result if result is NotImplemented else result and self != other


def _flip(result, other, self, inclusive):
    if result is NotImplemented:
        return result
    return (not result) and (inclusive or self != other) if not inclusive else (not result) or self == other


def total_ordering(cls):
    roots = {op for op in _ORDER_ROOTS if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, opfunc in _ORDER_ROOTS[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


def cmp_to_key(mycmp):
    class K:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname if self.attrname is not None else self.func.__name__
        cache = instance.__dict__
        if name in cache:
            return cache[name]
        value = self.func(instance)
        cache[name] = value
        return value

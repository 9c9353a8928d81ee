# The copy module (Lib/copy.py), written for the engine: shallow copies through __copy__ or the builtin
# containers' own copy, deep copies with a memo keyed by id() so shared and cyclic structure is preserved.

class Error(Exception):
    pass


error = Error
_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, type(len), type(Ellipsis),
           type(NotImplemented), frozenset)


def copy(x):
    cls = type(x)
    if cls in _ATOMIC or cls is tuple:
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def _own_reduce(cls):
    # a class below object that defines __reduce__ (deque, defaultdict) is copied from what it returns
    for klass in cls.__mro__[:-1]:
        if '__reduce__' in klass.__dict__:
            return klass.__dict__['__reduce__']
    return None


def _from_reduce(x, reducer, memo):
    # Lib/copy.py _reconstruct: callable(*args), then the state, the list items and the dict items
    rv = reducer(x)
    deep = memo is not None
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        y.__dict__.update(state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _container_reduce(x):
    state = getattr(x, '__dict__', None) or None
    if isinstance(x, dict):
        return type(x), (), state, None, iter(dict.items(x))
    return type(x), (), state, iter(list.__iter__(x))


def _reconstruct(x, memo):
    cls = type(x)
    reducer = _own_reduce(cls)
    if reducer is not None:
        return _from_reduce(x, reducer, memo)
    if isinstance(x, tuple):
        # copyreg.__newobj__: a tuple subclass (a namedtuple) is made again from __getnewargs__
        getnewargs = getattr(x, '__getnewargs__', None)
        args = getnewargs() if getnewargs is not None else (tuple(x),)
        if memo is not None:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
        if memo is not None:
            memo[id(x)] = y
        return y
    if isinstance(x, (dict, list)):
        # object.__reduce_ex__ of a dict or list subclass: the class called empty, then the items (copyreg)
        return _from_reduce(x, _container_reduce, memo)
    y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    if state is not None:
        if memo is not None:
            state = deepcopy(state, memo)
        y.__dict__.update(state)
    for klass in cls.__mro__:
        for name in klass.__dict__.get('__slots__', ()):
            if name in ('__dict__', '__weakref__'):
                continue
            try:
                value = getattr(x, name)
            except AttributeError:
                continue
            setattr(y, name, deepcopy(value, memo) if memo is not None else value)
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        if all(i is j for i, j in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)
    return y

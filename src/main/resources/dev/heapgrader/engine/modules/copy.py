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


def _reconstruct(x, memo):
    cls = type(x)
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

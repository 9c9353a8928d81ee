class finalize:
    __slots__ = ()
    _registry = {}
    _shutdown = False
    _dirty = False
    _next = [0]

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, *args, **kwargs):
        info = finalize._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = finalize._next[0]
        finalize._next[0] += 1
        finalize._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info and not finalize._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in finalize._registry

    def _get_atexit(self):
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    def _set_atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    atexit = property(_get_atexit, _set_atexit)

def _exitfunc():
    registry = finalize._registry
    pending = None
    while registry:
        if pending is None or finalize._dirty:
            chosen = [(i.index, f) for f, i in registry.items() if i.atexit]
            chosen.sort()
            pending = [f for n, f in chosen]
            finalize._dirty = False
        if not pending:
            break
        f = pending.pop()
        f()
    finalize._shutdown = True

def _value_remover(selfref, key):
    def remove(wr):
        d = selfref()
        if d is not None and d.data.get(key) is wr:
            del d.data[key]
    return remove

class WeakValueDictionary:
    def __init__(self, other=(), **kw):
        self.data = {}
        self.update(other, **kw)

    def __setitem__(self, key, value):
        self.data[key] = ref(value, _value_remover(ref(self), key))

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len([k for k, wr in self.data.items() if wr() is not None])

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def get(self, key, default=None):
        wr = self.data.get(key)
        if wr is None:
            return default
        o = wr()
        return default if o is None else o

    def keys(self):
        return [k for k, wr in self.data.items() if wr() is not None]

    def __iter__(self):
        return iter(self.keys())

    def values(self):
        return [o for o in [wr() for wr in self.data.values()] if o is not None]

    def items(self):
        return [(k, o) for k, o in [(k, wr()) for k, wr in self.data.items()] if o is not None]

    def pop(self, key, *default):
        wr = self.data.pop(key, None)
        o = None if wr is None else wr()
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), **kw):
        if hasattr(other, "items"):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        new = WeakValueDictionary()
        for k, v in self.items():
            new[k] = v
        return new

def _key_remover(selfref):
    def remove(wr):
        d = selfref()
        if d is not None and wr in d.data:
            del d.data[wr]
    return remove

class WeakKeyDictionary:
    def __init__(self, other=None):
        self.data = {}
        self._remove = _key_remover(ref(self))
        if other is not None:
            self.update(other)

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        return [k for k in [wr() for wr in self.data] if k is not None]

    def __iter__(self):
        return iter(self.keys())

    def values(self):
        return [v for wr, v in self.data.items() if wr() is not None]

    def items(self):
        return [(k, v) for k, v in [(wr(), v) for wr, v in self.data.items()] if k is not None]

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, other=(), **kw):
        if hasattr(other, "items"):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v


def _item_remover(selfref):
    def remove(wr):
        s = selfref()
        if s is not None:
            s.data.discard(wr)
    return remove


class WeakSet:
    def __init__(self, data=None):
        self.data = set()
        self._remove = _item_remover(ref(self))
        if data is not None:
            self.update(data)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def clear(self):
        self.data.clear()

    def update(self, other):
        for item in other:
            self.add(item)

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __iter__(self):
        return iter([item for item in [wr() for wr in self.data] if item is not None])

    def copy(self):
        return WeakSet(self)

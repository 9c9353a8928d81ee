class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class Field:
    def __init__(self, default, default_factory, init, repr, compare):
        self.name = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare

    def __repr__(self):
        return "Field(name=" + repr(self.name) + ",default=" + repr(self.default) + ")"


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, compare=True):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, compare)


def _collect_fields(cls):
    collected = {}
    for base in reversed(cls.__mro__[1:]):
        for f in base.__dict__.get("__dataclass_fields__", {}).values():
            collected[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    for name in annotations:
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        else:
            f = Field(default, MISSING, True, True, True)
        f.name = name
        if type(f.default) in (list, dict, set):
            raise ValueError("mutable default " + repr(type(f.default)) + " for field " + name
                             + " is not allowed: use default_factory")
        collected[name] = f
    return list(collected.values())


def _make_init(cls, fields):
    # Only the qualified name is kept: CPython's generated __init__ (dataclasses._create_fn) holds no reference to
    # the class, so a closure over cls would add one to the class's reference count.
    qualname = cls.__qualname__
    params = [f for f in fields if f.init]

    def __init__(self, *args, **kwargs):
        if len(args) > len(params):
            raise TypeError(qualname + ".__init__() takes " + str(len(params) + 1)
                            + " positional arguments but " + str(len(args) + 1) + " were given")
        values = {}
        for f, value in zip(params, args):
            values[f.name] = value
        for name, value in kwargs.items():
            if name in values or name not in [f.name for f in params]:
                raise TypeError(qualname + ".__init__() got an unexpected keyword argument "
                                + repr(name))
            values[name] = value
        missing = [f.name for f in params if f.name not in values and f.default is MISSING
                   and f.default_factory is MISSING]
        if missing:
            raise TypeError(qualname + ".__init__() missing " + str(len(missing))
                            + " required positional argument" + ("s" if len(missing) > 1 else "")
                            + ": " + " and ".join(repr(m) for m in missing))
        for f in fields:
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            setattr(self, f.name, value)
    return __init__


def _make_repr(fields):
    def __repr__(self):
        parts = [f.name + "=" + repr(getattr(self, f.name)) for f in fields if f.repr]
        return type(self).__qualname__ + "(" + ", ".join(parts) + ")"
    return __repr__


def _make_eq(fields):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (tuple(getattr(self, f.name) for f in fields if f.compare)
                    == tuple(getattr(other, f.name) for f in fields if f.compare))
        return NotImplemented
    return __eq__


def _process(cls, init, repr_, eq, slots):
    fields = _collect_fields(cls)
    cls.__dataclass_fields__ = {f.name: f for f in fields}
    if init:
        cls.__init__ = _make_init(cls, fields)
    if repr_:
        cls.__repr__ = _make_repr(fields)
    if "__match_args__" not in cls.__dict__:
        # Lib/dataclasses.py _process_class: class patterns match the __init__ fields by position
        cls.__match_args__ = tuple(f.name for f in fields if f.init)
    if eq:
        cls.__eq__ = _make_eq(fields)
        if "__hash__" not in cls.__dict__:
            cls.__hash__ = None
    if slots:
        namespace = dict(cls.__dict__)
        names = tuple(f.name for f in fields)
        namespace["__slots__"] = names
        for name in names:
            namespace.pop(name, None)
        namespace.pop("__dict__", None)
        namespace.pop("__weakref__", None)
        qualname = cls.__qualname__
        cls = type(cls)(cls.__name__, cls.__bases__, namespace)
        cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(c):
        return _process(c, init, repr, eq, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(obj):
    return tuple(obj.__dataclass_fields__.values())


def is_dataclass(obj):
    return hasattr(obj, "__dataclass_fields__")


def asdict(obj):
    return {f.name: getattr(obj, f.name) for f in fields(obj)}

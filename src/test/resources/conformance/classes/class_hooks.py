# type_new's hooks on a new class: __init_subclass__ (an implicit classmethod, with the class keywords and
# super()), __set_name__ on the values of the class body, and __class_getitem__.
class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


print(Plugin.registry, Csv.plugin_name, Json.plugin_name)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)


class Strict:
    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.strict = True


try:
    class Loose(Strict, extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.private = "_" + name


class Point:
    x = Field()
    y = Field()


print(Point.x.name, Point.y.private, Point.x.owner)


class Late:
    pass


Late.z = Field()
print(hasattr(Late.z, "name"))


class Box:
    def __class_getitem__(cls, item):
        return cls.__name__ + "[" + item.__name__ + "]"


print(Box[int], type(Box.__dict__["__class_getitem__"]).__name__)


class Made:
    def __new__(cls, *args):
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v


print(type(Made.__dict__["__new__"]).__name__, Made(5).v)

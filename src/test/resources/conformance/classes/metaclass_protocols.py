# Special methods a metaclass defines apply to its classes: isinstance/issubclass hooks, len, iter, in,
# truth and subscripts on the class object itself.
class Checker(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)

    def __subclasscheck__(cls, sub):
        return issubclass(sub, int)


class IntLike(metaclass=Checker):
    pass


print(isinstance(3, IntLike), isinstance("a", IntLike), isinstance(IntLike(), IntLike))
print(issubclass(bool, IntLike), issubclass(str, IntLike), isinstance(3, (str, IntLike)))


class Listing(type):
    def __len__(cls):
        return len(cls.members)

    def __iter__(cls):
        return iter(cls.members)

    def __getitem__(cls, k):
        return cls.members[k]

    def __contains__(cls, item):
        return item in cls.members


class Colours(metaclass=Listing):
    members = ["red", "green"]


class Empty(metaclass=Listing):
    members = []


print(len(Colours), list(Colours), Colours[1], "red" in Colours, "blue" in Colours)
print(bool(Colours), bool(Empty), [c.upper() for c in Colours])


class Plain(type):
    pass


class Nothing(metaclass=Plain):
    pass


print(bool(Nothing))
try:
    len(Nothing)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(Nothing)
except TypeError as e:
    print("TypeError:", e)
try:
    Nothing[0]
except TypeError as e:
    print("TypeError:", e)


class NoMeta:
    pass


try:
    NoMeta[0]
except TypeError as e:
    print("TypeError:", e)

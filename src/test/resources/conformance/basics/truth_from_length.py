# PyObject_IsTrue: a type without nb_bool is true when its length is not zero (dict views, mappingproxy),
# and an exception class's __bool__ or __len__ decides its instances' truth like any class's.
empty = {}
full = {"a": 1}
print(bool(empty.keys()), bool(empty.values()), bool(empty.items()))
print(bool(full.keys()), bool(full.values()), bool(full.items()))
view = empty.keys()
print("empty view is falsy" if not view else "empty view is truthy")
empty["x"] = 2
print("view now sees an item" if view else "view still empty")


class Holder:
    pass


proxy = Holder.__dict__
print(type(proxy).__name__, bool(proxy), len(proxy) > 0)


class Falsy(Exception):
    def __bool__(self):
        return False


class Sized(Exception):
    def __len__(self):
        return 0


print(bool(Falsy()), bool(Sized()), bool(ValueError()))
print(bool(range(0)), bool(range(10 ** 30)), bool(b""), bool(bytearray(b"x")), bool(0.0), bool(-1))

values = [1, 1.5, "s", b"b", [1], (1,), {1: 1}, {1}, None, True, range(2), len, print]
for v in values:
    print(type(v).__name__, end=" ")
print()
print(isinstance(True, int), isinstance(1, (str, float)), issubclass(bool, int), issubclass(int, object))
print(type(1) is int, type(True) == int, callable(len), callable(3))
print(hasattr("x", "upper"), getattr([], "nope", "default"), hasattr(1, "real"))
print(str(type(1)), repr(type("a")), type(type))
print(int.__name__, bool.__mro__)

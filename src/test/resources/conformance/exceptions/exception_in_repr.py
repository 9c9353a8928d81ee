class Broken:
    def __repr__(self):
        raise RuntimeError("repr failed")
    def __str__(self):
        return "str works"

b = Broken()
print(b)
try:
    print([b])
except RuntimeError as e:
    print("RuntimeError:", e)
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
print(f"{b!r}")

values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {0: 0}, set(), None, True, False, range(0), range(1)]
for v in values:
    print(repr(v), "->", bool(v))
print(0 or "default", "" or [] or "last", 1 and 2, 0 and 2)
print(not [], not 5, None is None)
x = [] or None
print(x)

class Empty:
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
print(bool(Empty()), bool(Falsy()), bool(object()))

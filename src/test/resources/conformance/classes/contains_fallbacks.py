class OnlyIter:
    def __iter__(self):
        print("  __iter__ used")
        return iter([1, 2, 3])

class OnlyGetitem:
    def __getitem__(self, i):
        print("  __getitem__", i)
        if i > 2:
            raise IndexError
        return i

print(2 in OnlyIter())
print(5 in OnlyIter())
print(1 in OnlyGetitem())
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  __eq__", self.v, other)
        return self.v == other
print(Eq(3) in [1, 3])
print([1, 2].count(Eq(2)))

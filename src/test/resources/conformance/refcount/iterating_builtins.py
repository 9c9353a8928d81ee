# Constructors and builtins consuming an instance whose __iter__ is a generator: which hold an argument tuple.
import sys
class A:
    def __iter__(self):
        yield sys.getrefcount(self)
    def __len__(self):
        return 1
class B:
    def __iter__(self):
        return iter([sys.getrefcount(self)])
a = A()
b = B()
print(list(a), tuple(a), set(a), sorted(a), [*a], list(iter(a)), sum(a), max(a), min(a))
for x in a:
    print("for", x)
print(list(b), tuple(b), set(b), sorted(b), [*b], list(iter(b)), sum(b), max(b), min(b))
for x in b:
    print("for", x)
print(list(enumerate(a)), list(zip(a)), list(map(int, a)), list(filter(None, a)), dict.fromkeys(a), frozenset(a))
print([x for x in a], {x for x in a}, any(a), all(a), "".join(str(x) for x in b))
l = []
l.extend(a)
l.extend(b)
print(l)

# Closure cells, generator references, comprehensions, sorting with keys and formatting.
import sys
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
c(); c()
cell = c.__closure__[0]
print(type(cell).__name__, cell.cell_contents, sys.getrefcount(c), sys.getrefcount(cell))
def gen(lst):
    for x in lst:
        yield sys.getrefcount(lst)
data = [1, 2]
g = gen(data)
print(sys.getrefcount(data), next(g), sys.getrefcount(data))
del g
print(sys.getrefcount(data))
squares = {x: x * x for x in range(5)}
print(squares, sys.getsizeof(squares))
words = sorted(["pear", "Apple", "fig", "apple"], key=str.lower)
print(words, sorted(words, key=len, reverse=True), min(words, key=len), max(words))
print(list(enumerate("abc", start=1)), dict(zip("ab", [1, 2])), list(map(lambda x, y: x + y, [1, 2], [3, 4])))
print("a-b-c".rsplit("-", 1), "  x y  ".split(), "abc".find("z"), "Hello".startswith(("He", "X")), "%5.1f|%-5d|%x" % (3.14159, 42, 255))
print(f"{'left':<8}|{'right':>8}|{42:^8}|{3.5:+.2f}|{1000000:,}|{0.25:.0%}")
print(round(3.14159, 2), round(2.5), round(-1.5), 10 ** -2, 2 ** 100, -7 // 2, -7 % 2, 7 % -2, divmod(-7, 2))
print(bool(""), bool(" "), [] == [], [] is [], (1,) == (1,), 0.1 + 0.2 == 0.3, abs(-0.0), 1e-5, 123456789.123456789)

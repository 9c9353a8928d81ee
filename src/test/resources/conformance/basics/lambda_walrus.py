sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(5), add(1), add(1, 2), (lambda *a: sum(a))(1, 2, 3))
print(sorted([(1, "b"), (0, "c")], key=lambda p: p[1]))
data = [4, 9, 16]
if (n := len(data)) > 2:
    print("n is", n)
vals = [y for x in data if (y := x // 2) > 3]
print(vals, y)
i = 0
while (i := i + 1) < 4:
    print("loop", i)
print(sq.__name__, (lambda: 0).__name__)

def squares(n):
    for i in range(n):
        yield i * i

print([s for s in squares(4)], {s % 3 for s in squares(5)}, dict(enumerate(squares(3))))
print(list(zip(squares(3), "abc")), list(map(str, squares(2))))
print(any(s > 5 for s in squares(4)), all(s < 100 for s in squares(5)))
print(sorted(squares(4), reverse=True), max(squares(5)), min(squares(5), key=lambda v: -v))
g = squares(6)
for v in g:
    if v > 3:
        break
print("resume after break:", list(g))
a, b, *rest = squares(5)
print(a, b, rest)

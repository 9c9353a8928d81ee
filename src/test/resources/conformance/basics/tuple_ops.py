t = (1, 2, 3)
print(t, t[1], t[-1], t + (4,), t * 2, len(t))
print((), (5,), tuple("ab"), tuple([1, [2]]))
print(t.index(2), t.count(3), 2 in t, (1, 2) < (1, 3), (1, 2) == (1, 2))
a, b, c = t
print(a + b + c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t[5]
except IndexError as e:
    print("IndexError:", e)

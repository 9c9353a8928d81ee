a, *b = [1, 2, 3, 4]
print(a, b)
*c, d = "xyz"
print(c, d)
e, *f, g = range(5)
print(e, f, g)
h, *i = (1,)
print(h, i)
(j, k), l = (1, 2), 3
print(j, k, l)
m, n = n0, m0 = 5, 6
print(m, n, n0, m0)
first, *_, last = [10, 20, 30, 40]
print(first, last)
print([*range(3), *"ab"], (*[1, 2],), {**{"a": 1}, "b": 2})
x, y = 1, 2
x, y = y, x
print(x, y)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    p, *q, r = [1]
except ValueError as e:
    print("ValueError:", e)

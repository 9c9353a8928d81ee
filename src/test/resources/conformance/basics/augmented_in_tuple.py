t = ([1], 2)
try:
    t[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print("list mutated anyway:", t)
a = [1, 2]
b = a
a += [3]
print(a is b, b)
c = (1, 2)
d = c
c += (3,)
print(c is d, c, d)
s = "x"
s2 = s
s += "y"
print(s, s2)
n = 5
n **= 2
n //= 3
n %= 5
n <<= 2
n |= 1
print(n)

a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c)
x = int("1000")
y = int("1000")
print(x == y, x is y)
s1 = "".join(["ab", "cd"])
s2 = "".join(["ab", "cd"])
print(s1 == s2, s1 is s2)
print(None is None, [] is [], () == ())
t1 = tuple([1, 2])
t2 = tuple([1, 2])
print(t1 == t2, t1 is t2)
print(1 == 1.0, 1 is not None, True == 1)
f = float("nan")
print(f == f, f is f, [f] == [f])

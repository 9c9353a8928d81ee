x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 3 > 2 == 2)
print(1 == 1 != 2, "a" < "b" < "c", [1] < [2] <= [2])

def v(n):
    print(" eval", n)
    return n
print(v(1) < v(2) < v(0) < v(3))
print(v(3) > v(4) > v(5))
print(1 < 2 is not None, 2 in [1, 2] in [[1, 2]])

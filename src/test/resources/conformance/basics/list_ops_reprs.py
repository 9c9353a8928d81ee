a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
a.insert(100, 99)
print(a)
print(a.pop(), a.pop(0), a)
a.remove(2)
print(a, a.index(5), a.count(1))
a.sort()
print(a)
a.reverse()
print(a)
print(a + [7], a * 2, [0] * 3, [[]] * 2)
print(3 in a, 10 not in a, len(a))
b = [1, [2, [3, []]], "s", 2.5, None, True, (1,), {}]
print(b)
print(repr(b[1]), str(b[2]))
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
try:
    a.remove(100)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)

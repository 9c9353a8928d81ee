a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, a ^ b)
print(a <= {1, 2, 3, 4, 5}, a < a, a.isdisjoint({9}))
a.add(10)
a.discard(1)
a.discard(1000)
print(a, len(a))
print(set(), set([3, 3, 1]), frozenset({2, 1}))
print({x * x for x in range(6)})
s = {5}
s.update([6, 7], (8,))
print(s, s.pop() in {5, 6, 7, 8})
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError:", e)
print(frozenset([1, 2]) == {1, 2}, {1, 2} == {2, 1})
print(sorted({10, -1, 3}), 3 in {1, 2, 3})

words = ["pear", "fig", "banana", "kiwi"]
print(min(words), max(words))
print(min(words, key=len), max(words, key=len))
print(max([1, 5, 3]), min(4, 2, 8), max("hello"))
print(max([], default="empty"), min((), default=None))
print(max([(1, "b"), (1, "c")]), min([-3, 2, -1], key=abs))
print(sum([1, 2, 3]), sum([0.1] * 3), sum([[1], [2]], []), sum(range(101), 10))
print(abs(-7), abs(-2.5), abs(3))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)

words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0]
print(sorted(nums, key=abs), sorted(nums, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
lst = [3, 1, 2]
lst.sort(key=lambda v: -v)
print(lst, sorted("hello"), sorted({3: 1, 1: 2}))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)

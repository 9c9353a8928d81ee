d = {}
for k in [5, 1, 3]:
    d[k] = k * k
print(d)
del d[1]
d[1] = "back"
d[5] = "updated in place"
print(d, list(d))
print({3: "a", 1: "b", 2: "c"}, dict(sorted({3: "a", 1: "b"}.items())))
print({True: "t", 1: "one"}, {0: "zero", False: "false"})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))

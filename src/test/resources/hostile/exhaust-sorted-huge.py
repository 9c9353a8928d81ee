# Sorting a big list, many times.
l = list(range(300000, 0, -1))
for i in range(10 ** 6):
    s = sorted(l)

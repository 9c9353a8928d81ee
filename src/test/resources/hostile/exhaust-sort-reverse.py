# list.sort on a big list, many times.
l = list(range(300000))
for i in range(10 ** 6):
    l.sort(reverse=i % 2 == 0)

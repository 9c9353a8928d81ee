# Copying a big list, many times.
l = [0] * 10 ** 6
for i in range(10 ** 7):
    m = l[:]

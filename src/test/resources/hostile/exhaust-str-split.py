# str.split of a big string, many times.
s = 'a ' * 10 ** 5
for i in range(10 ** 7):
    s.split()

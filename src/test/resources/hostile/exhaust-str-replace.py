# str.replace on a big string, many times.
s = 'a' * 10 ** 6
for i in range(10 ** 6):
    t = s.replace('a', 'b')

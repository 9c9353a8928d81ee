# str.join of a big list, many times.
parts = ['ab'] * 300000
for i in range(10 ** 6):
    s = ','.join(parts)

# Substring search on a big string, many times.
s = 'a' * 10 ** 6
for i in range(10 ** 7):
    'ab' in s

# str.count and find on a big string, many times.
s = 'a' * 10 ** 6
for i in range(10 ** 7):
    s.count('ab')
    s.find('ab')

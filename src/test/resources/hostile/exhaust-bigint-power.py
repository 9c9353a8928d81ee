# 10**10**8 has 100 million digits.
x = 10 ** 10 ** 8
print('done')

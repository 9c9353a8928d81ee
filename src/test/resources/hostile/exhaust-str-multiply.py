# A 10 GB string.
s = 'a' * 10 ** 10

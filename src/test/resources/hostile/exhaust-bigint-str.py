# Converting a 100,001-digit int to str.
print(len(str(10 ** 100000)))

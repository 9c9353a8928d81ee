# 0, 1 and -1 raised to huge exponents stay small, however large the exponent.
print(1 ** 10**10, (-1) ** (10**10 + 1), (-1) ** 10**10, 0 ** 10**10, 0 ** 0, 1 ** 2**100, (-1) ** (2**100 + 1))
print(pow(1, 10**20), pow(-1, 10**20 + 3), True ** 10**12, False ** 10**12)

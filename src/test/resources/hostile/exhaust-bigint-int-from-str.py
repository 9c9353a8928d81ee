# Parsing a million-digit int.
x = int('9' * 10 ** 6)

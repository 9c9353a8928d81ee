# One print of a million characters.
print('x' * 10 ** 6)

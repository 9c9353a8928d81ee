# A tuple of two billion items.
t = (1, 2) * 10 ** 9

# A list of a billion items.
l = [0] * 10 ** 9

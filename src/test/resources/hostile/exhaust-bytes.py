# bytes of a billion bytes.
b = bytes(10 ** 9)

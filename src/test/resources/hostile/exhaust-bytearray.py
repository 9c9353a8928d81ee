# bytearray of ten billion bytes.
b = bytearray(10 ** 10)

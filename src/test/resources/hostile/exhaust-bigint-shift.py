# A shift whose result would need 125 GB.
x = 1 << 10 ** 12

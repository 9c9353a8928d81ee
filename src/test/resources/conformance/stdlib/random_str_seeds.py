# random.seed of a str, bytes or bytearray (Lib/random.py Random.seed, version 2): the bytes followed by their
# SHA-512 digest, read as one big-endian integer, seed the Mersenne Twister.
import random

random.seed("hello")
print(random.random(), random.randint(1, 100), random.getrandbits(40))
random.seed(b"hello")
print(random.random())
random.seed(bytearray(b"hello"))
print(random.random())
r = random.Random("")
print(r.random(), r.choice("abcdef"))
r.seed("a much longer seed string than the others, to make a larger integer " * 3)
print([r.randrange(1000) for _ in range(5)])
print(random.Random("\u00e9t\u00e9").random())

# math.comb with a huge k.
import math
print(math.comb(10 ** 9, 5 * 10 ** 8) % 10)

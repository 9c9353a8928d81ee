import math
import sys

words = ("heap", "stack", "cycle")
tsize = sys.getsizeof(words)
lsize = sys.getsizeof(list(words))
print(tsize, lsize)
print("list over tuple, rounded up:", math.ceil(lsize / tsize * 100), "percent")

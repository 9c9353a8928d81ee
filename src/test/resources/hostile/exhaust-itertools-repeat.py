# list(itertools.repeat(0, 10**9)).
import itertools
l = list(itertools.repeat(0, 10 ** 9))

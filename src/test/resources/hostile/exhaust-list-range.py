# list(range(10**9)).
l = list(range(10 ** 9))

# dict.fromkeys(range(10**9)).
d = dict.fromkeys(range(10 ** 9))

import gc

loop = []
loop.append(loop)
del loop
n = gc.collect()
assert n >= 1, n
print("collected", n)

import gc
gc.disable()
gc.collect()
stats = gc.get_stats()
print("generations:", len(stats))
print("keys:", [sorted(s) for s in stats])
before = gc.get_stats()[2]["collections"]
gc.collect()
print("full collections +1:", gc.get_stats()[2]["collections"] - before)
l = []
l.append(l)
del l
before_collected = gc.get_stats()[2]["collected"]
gc.collect()
print("collected delta:", gc.get_stats()[2]["collected"] - before_collected)

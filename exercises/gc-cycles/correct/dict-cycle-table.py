import gc

d1 = {"name": "d1"}
d2 = {"name": "d2", "peer": d1}
d1["peer"] = d2
del d1, d2
result = gc.collect()
print("%-10s %5d" % ("found", result))

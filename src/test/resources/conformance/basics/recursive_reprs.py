l = [1]
l.append(l)
d = {"k": 0}
d["self"] = d
print(l, d)
outer = [l, d, (l,)]
print(outer)
m = {"list": [1]}
m["list"].append(m)
print(m, str(l), repr(d))

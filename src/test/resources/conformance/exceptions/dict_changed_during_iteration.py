d = {"a": 1, "b": 2}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
l = [1, 2, 3]
for v in l:
    if v == 1:
        l.remove(v)
print("list mutation is silent:", l)
for k in d:
    del d[k]

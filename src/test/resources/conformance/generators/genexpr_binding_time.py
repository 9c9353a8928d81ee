data = [1, 2, 3]
g = (x * 10 for x in data)
data = [7, 8]
print(list(g))
factor = 2
h = (x * factor for x in range(3))
factor = 100
print(list(h))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)

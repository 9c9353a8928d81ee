# str of a dict nested 20,000 deep.
d = {}
for i in range(20000):
    d = {'k': d}
str(d)

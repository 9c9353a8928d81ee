# repr of a list nested 20,000 deep.
l = []
for i in range(20000):
    l = [l]
repr(l)

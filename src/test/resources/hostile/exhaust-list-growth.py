# Growing a list of lists forever.
l = []
while True:
    l.append([0] * 1000)

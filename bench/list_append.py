l = []
for i in range(1000000):
    l.append(i)
print(len(l))

gen = (i for i in range(3)
print(list(gen))

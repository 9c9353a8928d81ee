# == on two lists nested 20,000 deep.
a = []
b = []
for i in range(20000):
    a = [a]
    b = [b]
print(a == b)

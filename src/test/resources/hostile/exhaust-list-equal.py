# Comparing big lists, many times.
a = [0] * 10 ** 6
b = [0] * 10 ** 6
for i in range(10 ** 7):
    a == b

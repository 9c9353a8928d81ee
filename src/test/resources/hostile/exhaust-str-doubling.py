# Doubling a string until memory runs out.
s = 'a' * 10 ** 6
while True:
    s = s + s

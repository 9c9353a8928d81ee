# An output flood on stdout.
while True:
    print('x' * 1000)

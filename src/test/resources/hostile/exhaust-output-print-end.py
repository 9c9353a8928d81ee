# A flood through print's end argument.
while True:
    print(end='z' * 10000)

# Read past the end of input.
while True:
    input()

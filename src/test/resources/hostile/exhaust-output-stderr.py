# An output flood on stderr.
import sys
while True:
    sys.stderr.write('y' * 1000)

import sys


def footprint(items):
    return sys.getsizeof(tuple(items)), sys.getsizeof(list(items))


t, l = footprint(range(8))
sys.stdout.write(f"tuple: {t} bytes, list: {l} bytes\n")
sys.stdout.write("tuple is smaller: " + str(t < l) + "\n")

calls = []
count = 0


def leaky(item):
    calls.append(item)


def fixed(item):
    global count
    count += 1
    return count

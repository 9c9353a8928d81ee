from collections import deque

seen = []
recent = deque(maxlen=100)


def leaky(item):
    seen.append(item)


def fixed(item):
    recent.append(item)
    return len(recent)

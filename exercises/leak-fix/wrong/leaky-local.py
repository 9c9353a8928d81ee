def leaky(item):
    history = []
    history.append(item)
    return len(history)


def fixed(item):
    return len([item])

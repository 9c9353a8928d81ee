import functools

log = []


def leaky(item):
    log.append(item)


@functools.lru_cache(maxsize=None)
def _box_for(key):
    return []


def fixed(item):
    box = _box_for(id(item))
    box.append(item)
    return len(box)

import gc


class Link:
    pass


first = Link()
second = Link()
first.next = second
second.next = first
del first, second
print(f"{gc.collect()=}")

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], "ab", range(2), (x for x in [9]))))
def delegate():
    got = yield from [10, 20]
    print("yield from a list returns", got)
    yield 30
print(list(delegate()))
def counted():
    n = yield from inner_count()
    yield f"inner produced {n}"
def inner_count():
    count = 0
    for c in "xyz":
        yield c
        count += 1
    return count
print(list(counted()))

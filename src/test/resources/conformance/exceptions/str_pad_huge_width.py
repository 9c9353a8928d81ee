# center, ljust and rjust to a width no memory can hold (the generated-program long run found 'a'.center(w) with
# a width past 2**31 failing inside the engine).
for pad in (str.center, str.ljust, str.rjust):
    for width in (2 ** 40, 2 ** 50):
        try:
            pad("a", width)
        except MemoryError:
            print(pad.__name__, width, "MemoryError")
print("ab".center(6, "*"), "ab".ljust(4, "-"), "ab".rjust(4))

import gc


class Cell:
    pass


for _ in range(10):
    c = Cell()
    c.me = c
del c
found = gc.collect()
print("cycles freed, objects found:", found)
if found >= 10:
    print("every self-referencing cell was unreachable")

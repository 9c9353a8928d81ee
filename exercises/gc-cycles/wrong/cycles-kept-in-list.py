import gc


class Cell:
    pass


cells = []
for _ in range(5):
    c = Cell()
    c.me = c
    cells.append(c)
del c
print("found:", gc.collect())

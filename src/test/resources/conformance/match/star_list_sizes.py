import sys
for n in range(2, 12):
    *zs, a = list(range(n))
    *ws, b, c = tuple(range(n))
    d, *vs, e = list(range(n))
    print(n, sys.getsizeof(zs), sys.getsizeof(ws), sys.getsizeof(vs))
a, *ys = (1, 2, 3)
print(sys.getsizeof(ys))
*r, q = range(5)
print(sys.getsizeof(r))
for n in range(1, 8):
    a, *ys = tuple(range(n))
    b, *zs = list(range(n))
    print(n, sys.getsizeof(ys), sys.getsizeof(zs))
    match list(range(n)):
        case [*init, last]:
            print("pattern", sys.getsizeof(init))
    match tuple(range(n)):
        case (first, *rest):
            print("pattern", sys.getsizeof(rest))

# list(genexpr) has no length hint: it starts at 8 slots, grows by appends and is trimmed at the end.
import sys

for n in (0, 1, 2, 5, 8, 9, 12, 16, 17, 25, 40):
    print("n =", n, " list(genexpr):", sys.getsizeof(list(i for i in range(n))),
          " [*genexpr]:", sys.getsizeof([*(i for i in range(n))]))

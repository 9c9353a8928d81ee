# dict.fromkeys presizes differently for dict and set sources.
import sys

for n in (0, 1, 4, 5, 6, 10):
    keys = ["k%d" % i for i in range(n)]
    print("n =", n, " list:", sys.getsizeof(dict.fromkeys(keys)),
          " dict:", sys.getsizeof(dict.fromkeys(dict.fromkeys(keys))),
          " int set:", sys.getsizeof(dict.fromkeys(set(range(n)))))
print("fromkeys(range(6)):", sys.getsizeof(dict.fromkeys(range(6))))

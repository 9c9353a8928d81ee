# list(...) of sized iterables allocates the even-rounded length.
import sys

print("list():", sys.getsizeof(list()))
for n in (0, 1, 2, 3, 4, 5, 9, 10, 17):
    print("n =", n, " list(range):", sys.getsizeof(list(range(n))),
          " list(tuple):", sys.getsizeof(list(tuple(range(n)))),
          " list(list):", sys.getsizeof(list([0] * n)))
print("list('hello'):", sys.getsizeof(list("hello")))
print("list(iter(list)):", sys.getsizeof(list(iter([1, 2, 3]))))

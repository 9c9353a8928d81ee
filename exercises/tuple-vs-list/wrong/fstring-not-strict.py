import sys

tuple_size = sys.getsizeof(("a", "b"))
list_size = sys.getsizeof(["a", "b"])
print(f"{tuple_size=} {list_size=} {tuple_size <= list_size=}")

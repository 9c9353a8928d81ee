import sys

tuple_size = sys.getsizeof(("a", "b", "c", "d"))
list_size = sys.getsizeof(["a", "b", "c", "d"])
print(f"{tuple_size=} {list_size=}")
print(f"{tuple_size < list_size=}")

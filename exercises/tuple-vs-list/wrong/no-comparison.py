import sys

items_tuple = ("a", "b", "c")
items_list = ["a", "b", "c"]
print("tuple:", sys.getsizeof(items_tuple))
print("list:", sys.getsizeof(items_list))

import sys

items_tuple = (1, 2, 3, 4, 5)
items_list = [1, 2, 3, 4, 5]
tuple_size = sys.getsizeof(items_tuple)
list_size = sys.getsizeof(items_tuple)
print("tuple:", tuple_size)
print("list:", list_size)
print("tuple is smaller:", tuple_size < list_size)

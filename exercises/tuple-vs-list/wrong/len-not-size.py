items_tuple = (1, 2, 3, 4, 5)
items_list = [1, 2, 3, 4, 5]
print("tuple:", len(items_tuple))
print("list:", len(items_list))
print("tuple is smaller:", len(items_tuple) < len(items_list))

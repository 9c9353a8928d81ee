import sys

values = (1.5, 2.5, 3.5, 4.5)
as_list = list(values)
print("the list needs", sys.getsizeof(as_list) - sys.getsizeof(values), "more bytes than the tuple")

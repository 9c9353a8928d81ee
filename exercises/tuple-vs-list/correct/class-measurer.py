import sys


class Comparison:
    def __init__(self, items):
        self.tuple_size = sys.getsizeof(tuple(items))
        self.list_size = sys.getsizeof(list(items))

    def tuple_is_smaller(self):
        return self.tuple_size < self.list_size

    def report(self):
        return "tuple {} vs list {}: tuple smaller = {}".format(self.tuple_size, self.list_size,
                                                                  self.tuple_is_smaller())


print(Comparison([True, False, None]).report())

# Long displays of non-constants are built by appends past 30 items.
import sys

v = 0.5
print("30 names:", sys.getsizeof([v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
                                  v, v, v, v, v, v, v, v, v, v, v, v, v, v, v]))
print("31 names:", sys.getsizeof([v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
                                  v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v]))
print("33 names:", sys.getsizeof([v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
                                  v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v]))
print("33 constants:", sys.getsizeof([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
                                      16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32]))

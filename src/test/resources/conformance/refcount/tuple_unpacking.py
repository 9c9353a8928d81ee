# Unpacking assignments bind each name.
import sys


class Box:
    pass


a_obj = Box()
b_obj = Box()
pair = (a_obj, b_obj)
first, second = pair
print("after unpacking:", sys.getrefcount(a_obj), sys.getrefcount(b_obj))
head, *rest = [a_obj, b_obj, b_obj]
print("starred unpacking:", sys.getrefcount(a_obj), sys.getrefcount(b_obj))
print("rest list:", sys.getrefcount(rest), len(rest))
first, second = second, first
print("after swap:", sys.getrefcount(a_obj), sys.getrefcount(b_obj))

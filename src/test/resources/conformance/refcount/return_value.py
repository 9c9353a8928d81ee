# A returned object: the frame's reference is handed to the caller.
import sys


def make():
    result = [1, 2, 3]
    print("inside make:", sys.getrefcount(result))
    return result


def passthrough(a):
    return a


r = make()
print("returned and bound:", sys.getrefcount(r))
s = passthrough(r)
print("after passthrough:", sys.getrefcount(r))
print("temporary:", sys.getrefcount(make()))

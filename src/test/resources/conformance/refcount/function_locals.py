# Function locals hold references only while the function runs.
import sys

obj = [1, 2]


def use():
    local = obj
    print("inside, one local:", sys.getrefcount(obj))
    another = local
    print("inside, two locals:", sys.getrefcount(obj))
    del local
    print("inside, after del local:", sys.getrefcount(obj))


print("before call:", sys.getrefcount(obj))
use()
print("after call:", sys.getrefcount(obj))

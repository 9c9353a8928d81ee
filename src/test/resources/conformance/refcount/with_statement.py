# A with statement keeps the context manager's __exit__ while the block runs.
import sys


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


m = Manager()
print("before:", sys.getrefcount(m))
with m:
    print("inside with m:", sys.getrefcount(m))
print("after:", sys.getrefcount(m))
with m as alias:
    print("inside with m as alias:", sys.getrefcount(m))
print("alias remains:", sys.getrefcount(m))
with Manager() as fresh:
    print("anonymous manager:", sys.getrefcount(fresh))

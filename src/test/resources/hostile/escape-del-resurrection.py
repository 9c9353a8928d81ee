# A finalizer that makes a new finalizable object at shutdown, forever.
class A:
    def __del__(self):
        global keep
        keep = A()
keep = A()
print('start')

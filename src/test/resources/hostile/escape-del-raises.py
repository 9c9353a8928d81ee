# A finalizer that raises at shutdown.
class A:
    def __del__(self):
        raise RuntimeError('boom')
a = A()
print('start')

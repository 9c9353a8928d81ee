# A __repr__ that calls itself.
class A:
    def __repr__(self):
        return repr(self)
repr(A())

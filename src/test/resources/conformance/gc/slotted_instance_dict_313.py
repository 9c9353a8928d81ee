# A class whose __slots__ include '__dict__': 3.13 gives its instances no inline values (Py_TPFLAGS_INLINE_VALUES
# needs a class without other fields), so once read, __dict__ is a dict that owns the attributes and that the
# instance visits as one referent; 3.11 and 3.12 materialize it from inline values, with the same referents.
import gc
import sys


class C1:
    __slots__ = ('a', 'b', '__dict__',)

    def __init__(self, a=None):
        self.a = a


v2 = C1('ab')
print(sys.getsizeof(v2.__dict__), gc.is_tracked(v2.__dict__), len(gc.get_referents(v2)),
      len(gc.get_referents(v2.__dict__)))
v2.x = []
v2.y = 1
print(sys.getsizeof(v2.__dict__), gc.is_tracked(v2.__dict__), len(gc.get_referents(v2)),
      len(gc.get_referents(v2.__dict__)))

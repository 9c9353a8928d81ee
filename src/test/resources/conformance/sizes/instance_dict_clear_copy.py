# An instance __dict__ after a non-str key, clear(), a new key through the dict, and copy().
import sys


class C:
    pass


c = C()
c.a = 1
d = c.__dict__
d[5] = 2
print("after a non-str key:", sys.getsizeof(d))
c2 = C()
c2.__dict__.clear()
print("cleared:", sys.getsizeof(c2.__dict__))
c2.z = 1
print("cleared, then an attribute:", sys.getsizeof(c2.__dict__))
c3 = C()
c3.a = 1
c3.__dict__["newkey"] = 3
print("new key through the dict:", sys.getsizeof(c3.__dict__))
c4 = C()
c4.a = 1
print("copy of an instance dict:", sys.getsizeof(c4.__dict__.copy()))
print("dict(instance dict):", sys.getsizeof(dict(c4.__dict__)))

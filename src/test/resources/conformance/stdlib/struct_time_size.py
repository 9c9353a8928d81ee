# time.struct_time is a structseq (Objects/structseq.c): nine visible items, tm_zone and tm_gmtoff as hidden
# fields with no __dict__. sys.getsizeof counts the nine items; 3.13 also counts the two hidden fields in
# tp_basicsize.
import copy
import sys
import time

t = time.gmtime(0)
print(sys.getsizeof(t), t.__sizeof__(), len(t), hasattr(t, "__dict__"))
print(t.tm_zone, t.tm_gmtoff, t.tm_year, t[0], t[-1])
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(sys.getsizeof(s), s.tm_zone, s.tm_gmtoff, s)
u = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0, "UTC", 0))
print(sys.getsizeof(u), u.tm_zone, u.tm_gmtoff)
try:
    t.note = 1
except AttributeError as e:
    print("AttributeError")
c = copy.copy(u)
print(c == u, c.tm_zone, sys.getsizeof(c))
print(sys.getsizeof(time.localtime(0)) == sys.getsizeof(t))
d = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0), {"tm_zone": "CET", "tm_gmtoff": 3600})
print(d.tm_zone, d.tm_gmtoff)
try:
    time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0), [1])
except TypeError as e:
    print(e)

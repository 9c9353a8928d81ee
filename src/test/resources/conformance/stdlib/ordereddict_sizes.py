# sys.getsizeof of an OrderedDict (Objects/odictobject.c odict_sizeof): its dict, eight more fields, and when not
# empty a fast-lookup array sized like the keys table plus a 32-byte node per item, through growth and removals.
import sys
from collections import OrderedDict

seen = []
od = OrderedDict()
for i in range(120):
    od['key%d' % i] = i
    seen.append(sys.getsizeof(od))
print('str keys', sorted(set(seen)))
seen = []
od = OrderedDict()
for i in range(120):
    od[i] = str(i)
    seen.append(sys.getsizeof(od))
print('int keys', sorted(set(seen)))
for n in (0, 1, 5, 6, 10, 11, 22, 43, 86, 171, 300):
    print(n, sys.getsizeof(OrderedDict.fromkeys(range(n))), sys.getsizeof(OrderedDict((str(i), i) for i in range(n))))
od = OrderedDict.fromkeys('abcdefgh')
print('full', sys.getsizeof(od))
del od['a']
od.pop('b')
od.popitem()
od.popitem(last=False)
print('after removals', sys.getsizeof(od), list(od))
od.note = 'an attribute'
print('with attribute', sys.getsizeof(od))
od.clear()
print('cleared', sys.getsizeof(od), sys.getsizeof(OrderedDict()))
print('copy', sys.getsizeof(OrderedDict.fromkeys(range(9)).copy()), sys.getsizeof(OrderedDict(OrderedDict.fromkeys(range(9)))))

# gc.get_referents of the collections module's C dict subclasses (Objects/odictobject.c odict_traverse: the
# instance dict once made, the keys in order, then dict_traverse; Modules/_collectionsmodule.c defdict_traverse:
# its heap type from 3.12, the factory, then dict_traverse), dict_traverse's value-then-key order for a table
# with other keys than str, and OrderedDict's sys.getsizeof (odict_sizeof) after move_to_end, deletions and
# clear: move_to_end relinks a node and leaves the dict's table alone; od_fast_nodes stays until the table goes.
import gc
import sys
from collections import OrderedDict, defaultdict


def names(objs):
    return [o.__name__ if isinstance(o, type) else type(o).__name__ + (":" + o if isinstance(o, str) else "")
            for o in objs]


print(names(gc.get_referents({1: "a", 2.5: None})))
print(names(gc.get_referents({"k": 1.5, "j": ()})))

od = OrderedDict()
od["alpha"] = [1]
od["beta"] = (2,)
print(names(gc.get_referents(od)))
od[3] = "three"
print(names(gc.get_referents(od)))
od.note = "made"
print(names(gc.get_referents(od)))
print(names(gc.get_referents(OrderedDict())))


class OD(OrderedDict):
    pass


o = OD(a=1)
print(names(gc.get_referents(o)))
o.__dict__
print(names(gc.get_referents(o)))

dd = defaultdict(list)
dd["a"] = 1.0
print(names(gc.get_referents(dd)))
dd[7] = "x"
print(names(gc.get_referents(dd)))
print(names(gc.get_referents(defaultdict())))


class DD(defaultdict):
    pass


dd = DD(list)
dd["a"] = 1.0
print(names(gc.get_referents(dd)))
dd.extra = 1
print(names(gc.get_referents(dd)))

for n in (0, 1, 5, 6, 11, 22):
    o = OrderedDict((str(i), i) for i in range(n))
    sizes = [sys.getsizeof(o)]
    if n:
        o.move_to_end("0")
        sizes.append(sys.getsizeof(o))
        o.move_to_end(str(n - 1), last=False)
        sizes.append(sys.getsizeof(o))
        del o["0"]
        sizes.append(sys.getsizeof(o))
    print(n, sizes, list(o)[:3])

o = OrderedDict(a=1, b=2)
o.popitem()
o.popitem()
print(sys.getsizeof(o))
o.clear()
print(sys.getsizeof(o))
o["x"] = 1
print(sys.getsizeof(o))
o = OrderedDict.fromkeys("abcdef")
o.move_to_end("c")
o.move_to_end("a", last=False)
o.move_to_end("f", False)
print(list(o), sys.getsizeof(o))
try:
    o.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
o["g"] = 1
o.move_to_end("b", 0)
print(list(o), sys.getsizeof(o), o.popitem(last=False), o.popitem())
for i in range(20):
    o.move_to_end("c")
    o[str(i)] = i
    del o[str(i)]
print(list(o), sys.getsizeof(o), o == OrderedDict.fromkeys("dcfe"))

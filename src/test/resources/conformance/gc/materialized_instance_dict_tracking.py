# An instance's __dict__ made on request (make_dict_from_instance_attributes) is tracked when one of its values may
# be. On 3.13 the dict keeps reading the inline values: later stores go there and never track it, dict_traverse
# skips the embedded values (no referents) and the instance visits them itself, so a cycle through the instance is
# collected while the tracked dict, an outside root with no referents, is freed with it and not counted.
import gc
import sys


class C:
    def __init__(self, a=None):
        self.a = a


a = C(1)
print(gc.is_tracked(a.__dict__))
b = C([])
print(gc.is_tracked(b.__dict__))
c = C(C)
print(gc.is_tracked(c.__dict__))
d = C(a)
print(gc.is_tracked(d.__dict__))
e = C(1)
dd = e.__dict__
print(gc.is_tracked(dd))
e.b = []
print(gc.is_tracked(dd))
g = C([])
gd = g.__dict__
gc.collect()
print(gc.is_tracked(gd))


def run(make_container, read_dict):
    x = C([] if make_container else 1)
    if read_dict:
        xd = x.__dict__
        print(len(gc.get_referents(xd)), len(gc.get_referents(x)), gc.is_tracked(xd), sys.getsizeof(xd))
        del xd
    x.me = x
    del x
    print("collected", gc.collect())


gc.collect()
for container in (False, True):
    for read in (False, True):
        run(container, read)

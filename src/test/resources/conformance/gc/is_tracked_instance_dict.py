import gc
gc.disable()
gc.collect()
class C:
    pass

c = C()
c.a = 1
print("instance:", gc.is_tracked(c))
print("atomic __dict__:", gc.is_tracked(c.__dict__))
c.b = [1]
print("__dict__ holding a list:", gc.is_tracked(c.__dict__))
d = C()
d.__dict__ = {"x": []}
print("assigned dict with list:", gc.is_tracked(d.__dict__))
e = C()
e.__dict__ = {"x": 1}
print("assigned atomic dict:", gc.is_tracked(e.__dict__))

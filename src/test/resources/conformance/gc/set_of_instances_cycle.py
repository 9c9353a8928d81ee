import gc
gc.disable()
gc.collect()
class Member:
    pass

group = set()
for i in range(5):
    m = Member()
    m.group = group
    group.add(m)
del m, group
print("set <-> 5 instances:", gc.collect())

import weakref

class Obj:
    pass

a = Obj()
b = Obj()
ra = weakref.ref(a)
rb = weakref.ref(b)
ra2 = weakref.ref(a, lambda r: None)
print("ra == ra2:", ra == ra2, "ra is ra2:", ra is ra2)
print("ra == rb:", ra == rb)
print("callable:", callable(ra), type(ra).__name__)
print("isinstance:", isinstance(ra, weakref.ref))
del a
print("dead refs equal only if same:", ra == ra2, ra == ra)

import gc
gc.disable()
gc.collect()
class C:
    pass
class S:
    __slots__ = ("a", "b")

c = C()
c.x = [1]
print("instance referents:", sorted(type(r).__name__ for r in gc.get_referents(c)))
vars(c)
print("after vars():", sorted(type(r).__name__ for r in gc.get_referents(c)))
s = S()
s.a = [2]
print("slotted referents:", sorted(type(r).__name__ for r in gc.get_referents(s)))

import gc
gc.disable()
gc.collect()
class S:
    __slots__ = ("other", "label")

a = S()
b = S()
a.other = b
b.other = a
a.label = "a"
del a, b
print("two slotted instances:", gc.collect())
s = S()
s.other = s
del s
print("self-referencing slotted:", gc.collect())

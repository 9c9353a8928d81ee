import gc
gc.disable()
gc.collect()
n = 10 ** 20
inner = [1]
l = [n, "s", inner, None]
refs = gc.get_referents(l)
print("count:", len(refs))
print("same objects in list order:", [r is x for r, x in zip(refs, l)])
print("same objects in reverse order:", [r is x for r, x in zip(refs, reversed(l))])
print("tuple referents:", gc.get_referents((n, inner)) == [n, inner], gc.get_referents((n, inner)) == [inner, n])
d = {"k": inner}
print("dict referents:", sorted(type(r).__name__ for r in gc.get_referents(d)))
print("of int:", gc.get_referents(n))
print("of two lists:", len(gc.get_referents([1], [2, 3])))
